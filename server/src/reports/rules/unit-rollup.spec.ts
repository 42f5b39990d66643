import { UnitRollup, type RowFigures } from './unit-rollup.js';

// Department /d/ → communes /d/c1/, /d/c2/; schools s1 (THCS, 50 people), s2 (TH, no headcount) in c1; s3 (MN) in c2 is
// outside the audience, but one of its people registered and took part. Scores out of 5.
const rollup = new UnitRollup({
  maxScore: 5,
  schools: [
    { path: '/d/c1/s1/', level: 'THCS', headcount: 50, inAudience: true },
    { path: '/d/c1/s2/', level: 'TH', headcount: null, inAudience: true },
    { path: '/d/c2/s3/', level: 'MN', headcount: 30, inAudience: false },
  ],
  registered: [
    { path: '/d/c1/s1/', count: 10 },
    { path: '/d/c1/s2/', count: 4 },
    { path: '/d/c2/s3/', count: 1 },
  ],
  counted: [
    { path: '/d/c1/s1/', scores: [5, 3], attempts: 3 },
    { path: '/d/c1/s2/', scores: [4], attempts: 1 },
    { path: '/d/c2/s3/', scores: [2], attempts: 1 },
  ],
});
const under = (prefix: string) => (path: string) => path.startsWith(prefix);
const bands = (pairs: Record<number, number>) => Array.from({ length: 10 }, (_, i) => pairs[i] ?? 0);

describe('UnitRollup', () => {
  it.each<[string, string, Partial<RowFigures>]>([
    [
      'commune 1: the school without a headcount is left out of the rate only',
      '/d/c1/',
      {
        headcount: 50,
        schoolsWithoutHeadcount: 1,
        registered: 14,
        participants: 3,
        participationRate: 2 / 50,
        registeredRate: 3 / 14,
        attempts: 4,
        meanScore: 4,
        medianScore: 4,
        highestScore: 5,
        fullMarks: 1,
        distribution: bands({ 6: 1, 8: 1, 9: 1 }),
      },
    ],
    [
      'commune 2: no audience school, so no headcount and no rate; the participant still counts',
      '/d/c2/',
      {
        headcount: null,
        schoolsWithoutHeadcount: 0,
        registered: 1,
        participants: 1,
        participationRate: null,
        registeredRate: 1,
        meanScore: 2,
      },
    ],
    [
      'the department: the total row',
      '/d/',
      {
        headcount: 50,
        registered: 15,
        participants: 4,
        participationRate: 0.04,
        registeredRate: 4 / 15,
        attempts: 5,
        meanScore: 3.5,
        medianScore: 3.5,
        fullMarks: 1,
      },
    ],
    ['one school', '/d/c1/s1/', { headcount: 50, participants: 2, participationRate: 0.04, attempts: 3, meanScore: 4, medianScore: 4 }],
    [
      'a unit with nobody',
      '/x/',
      {
        headcount: null,
        registered: 0,
        participants: 0,
        participationRate: null,
        registeredRate: null,
        meanScore: null,
        distribution: bands({}),
      },
    ],
  ])('%s', (_name, prefix, expected) => expect(rollup.figures(under(prefix))).toMatchObject(expected));

  it('rows of the children add up to the total row', () => {
    const children = ['/d/c1/', '/d/c2/'].map((prefix) => rollup.figures(under(prefix)));
    const total = rollup.figures(under('/d/'));
    for (const key of ['registered', 'participants', 'attempts', 'fullMarks', 'schoolsWithoutHeadcount'] as const)
      expect(children.reduce((sum, row) => sum + row[key], 0)).toBe(total[key]);
    expect(children.reduce((sum, row) => sum + (row.headcount ?? 0), 0)).toBe(total.headcount);
    expect(children[0]!.distribution.map((count, i) => count + children[1]!.distribution[i]!)).toEqual(total.distribution);
  });

  it('rolls up by school level', () => {
    const byLevel = (level: string) => {
      const paths = ['/d/c1/s1/', '/d/c1/s2/', '/d/c2/s3/'].filter((_, i) => ['THCS', 'TH', 'MN'][i] === level);
      return rollup.figures((path) => paths.some((school) => path.startsWith(school)));
    };
    expect(byLevel('THCS')).toMatchObject({ headcount: 50, participants: 2, participationRate: 0.04 });
    expect(byLevel('TH')).toMatchObject({ headcount: null, schoolsWithoutHeadcount: 1, participants: 1, participationRate: null });
    expect(byLevel('MN')).toMatchObject({ headcount: null, participants: 1 });
  });

  it('knows an empty unit', () => {
    expect(rollup.isEmpty(under('/x/'))).toBe(true);
    expect(rollup.isEmpty(under('/d/c2/'))).toBe(false);
  });
});
