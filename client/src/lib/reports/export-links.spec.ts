import { exportHref } from './export-links.js';

describe('export links', () => {
  it.each([
    ['xlsx', {}, '/api/reports/contests/c-1/export?format=xlsx'],
    [
      'xlsx',
      { table: 'participants', roundId: 'r', parentId: 'p', unitId: 'u', attempts: 'all' },
      '/api/reports/contests/c-1/export?format=xlsx&roundId=r&parentId=p&unitId=u&attempts=all',
    ],
    [
      'csv',
      { table: 'questions', roundId: 'overall', attempts: 'first' },
      '/api/reports/contests/c-1/export?format=csv&table=questions&roundId=overall&attempts=first',
    ],
  ] as const)('%s with %p', (format, scope, expected) => {
    expect(exportHref('c-1', format, scope)).toBe(expected);
  });
});
