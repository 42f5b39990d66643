import { schoolLines, type SchoolStandingInput } from './school-lines.js';

const line = (unitId: string | null, rank: number | null): SchoolStandingInput => ({
  unitId,
  unitName: unitId ? `Trường ${unitId}` : null,
  players: 1,
  meanScore: 1,
  totalScore: 1,
  bestScore: 1,
  correctCount: 1,
  rank,
});

describe('schoolLines', () => {
  it.each<[string, SchoolStandingInput[], [string, string, string][]]>([
    ['no players', [], []],
    ['only players without a school: no table', [line(null, null)], []],
    [
      'schools ranked, then the unranked "no school" line',
      [line('A', 1), line('B', 1), line('C', 3), line(null, null)],
      [
        ['A', 'Trường A', '1'],
        ['B', 'Trường B', '1'],
        ['C', 'Trường C', '3'],
        ['no-school', 'Không chọn trường', '—'],
      ],
    ],
  ])('%s', (_name, schools, expected) => {
    expect(schoolLines(schools, 'Không chọn trường').map((school) => [school.key, school.name, school.place])).toEqual(expected);
  });

  it('keeps the figures', () => {
    expect(schoolLines([{ ...line('A', 1), meanScore: 1.5, totalScore: 3 }], '')[0]).toMatchObject({ meanScore: 1.5, totalScore: 3 });
  });
});
