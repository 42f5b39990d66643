import { OVERALL, readReportQuery, reportHref, reportSearch } from './report-query.js';

const A = '0b5a8c00-1111-4222-8333-444455556666';
const B = '1c6b9d11-2222-4333-8444-555566667777';

describe('report address', () => {
  it('gives the defaults for an empty address', () => {
    expect(readReportQuery({})).toEqual({ tab: 'units', q: '', page: 1, status: 'all', sort: 'rank', attempts: 'best' });
  });

  it.each([
    ['a known tab', { tab: 'questions' }, { tab: 'questions' }],
    ['an unknown tab', { tab: 'secrets' }, { tab: 'units' }],
    ['a round id in capitals', { roundId: A.toUpperCase() }, { roundId: A }],
    ['every round together', { roundId: 'overall' }, { roundId: OVERALL }],
    ['a malformed id', { parentId: "1' OR 1=1" }, { parentId: undefined }],
    ['a page the router parsed as a number', { page: 3 }, { page: 3 }],
    ['page 0 or junk', { page: 'x' }, { page: 1 }],
    ['a search the router parsed as a number', { q: 123 }, { q: '123' }],
    ['an attempts choice', { attempts: 'first' }, { attempts: 'first' }],
    ['an unknown attempts choice', { attempts: 'worst' }, { attempts: 'best' }],
    ['the people who did not take part', { status: 'absent' }, { status: 'absent' }],
    ['an unknown status', { status: 'gone' }, { status: 'all' }],
    ['a sort by unit', { sort: 'unit' }, { sort: 'unit' }],
  ])('reads %s', (_case, search, expected) => {
    expect(readReportQuery(search)).toMatchObject(expected);
  });

  it('leaves defaults out of links', () => {
    expect(reportSearch({ tab: 'units', page: 1, attempts: 'best', status: 'all', sort: 'rank', q: '  ' })).toEqual({});
    expect(reportSearch({ tab: 'participants', unitId: A, page: 2, q: ' Bình ' })).toEqual({
      tab: 'participants',
      unitId: A,
      page: '2',
      q: 'Bình',
    });
  });

  it('round-trips through a link', () => {
    const query = {
      tab: 'participants' as const,
      roundId: A,
      unitId: B,
      q: 'Nguyễn',
      page: 4,
      status: 'took' as const,
      sort: 'name' as const,
      attempts: 'last' as const,
    };
    const href = reportHref('c-1', query);
    const search = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(readReportQuery(search)).toEqual(query);
  });

  it.each([
    [{}, 'dashboard', '/contests/c-1/reports'],
    [{ parentId: A }, 'dashboard', `/contests/c-1/reports?parentId=${A}`],
    [{ roundId: A, parentId: B }, 'print', `/contests/c-1/reports/print?roundId=${A}&parentId=${B}`],
  ] as const)('links %p on the %s page', (query, page, expected) => {
    expect(reportHref('c-1', query, page)).toBe(expected);
  });
});
