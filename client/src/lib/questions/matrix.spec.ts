import { buildMatrix } from './matrix.js';

const topics = [
  { code: 'law-ch1-general', name: 'Chương I' },
  { code: 'decree-152-2025', name: 'Nghị định 152' },
  { code: 'plan-2023-2025', name: 'Kế hoạch' },
];

describe('buildMatrix', () => {
  const matrix = buildMatrix(
    [
      { topic: 'decree-152-2025', cognitiveLevel: 'recognition', count: 23 },
      { topic: 'decree-152-2025', cognitiveLevel: 'application', count: 10 },
      { topic: 'law-ch1-general', cognitiveLevel: 'comprehension', count: 4 },
      { topic: null, cognitiveLevel: 'recognition', count: 2 },
      { topic: 'custom', cognitiveLevel: null, count: 1 },
    ],
    topics,
    'Chưa có chủ đề',
  );

  it('keeps the managed topic order, then unknown topics, then questions with no topic', () => {
    expect(matrix.rows.map((row) => row.name)).toEqual(['Chương I', 'Nghị định 152', 'Kế hoạch', 'custom', 'Chưa có chủ đề']);
  });

  it('counts per cell, per row and per column', () => {
    const decree = matrix.rows[1]!;
    expect(decree.counts).toEqual({ recognition: 23, comprehension: 0, application: 10, high_application: 0, none: 0 });
    expect(decree.total).toBe(33);
    expect(matrix.totals.recognition).toBe(25);
    expect(matrix.total).toBe(40);
  });

  it('shows a column for questions with no level only when there are some', () => {
    expect(matrix.hasUnleveled).toBe(true);
    expect(buildMatrix([{ topic: 'x', cognitiveLevel: 'application', count: 1 }], topics, '-').hasUnleveled).toBe(false);
  });
});
