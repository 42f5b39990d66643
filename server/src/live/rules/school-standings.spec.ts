import { schoolStandings, type StandingPlayer } from './school-standings.js';

const player = (unitId: string | null, score: number, correctCount = 0, kicked = false): StandingPlayer => ({
  unitId,
  unitName: unitId === null ? null : `Trường ${unitId}`,
  score,
  correctCount,
  kicked,
});

type Line = [unitId: string | null, players: number, mean: number, total: number, best: number, correct: number, rank: number | null];
const lines = (players: StandingPlayer[]): Line[] =>
  schoolStandings(players).map((s) => [s.unitId, s.players, s.meanScore, s.totalScore, s.bestScore, s.correctCount, s.rank]);

describe('schoolStandings', () => {
  it.each<[string, StandingPlayer[], Line[]]>([
    ['no players', [], []],
    [
      'by mean score, not by total',
      [player('A', 1000, 1), player('A', 500, 1), player('A', 0), player('B', 900, 1)],
      [
        ['B', 1, 900, 900, 900, 1, 1],
        ['A', 3, 500, 1500, 1000, 2, 2],
      ],
    ],
    [
      'equal means: more players first',
      [player('A', 600), player('B', 700), player('B', 500)],
      [
        ['B', 2, 600, 1200, 700, 0, 1],
        ['A', 1, 600, 600, 600, 0, 2],
      ],
    ],
    [
      'equal means and players share a rank; the next rank skips',
      [player('B', 2, 2), player('A', 2, 2), player('C', 1, 1)],
      [
        ['A', 1, 2, 2, 2, 2, 1],
        ['B', 1, 2, 2, 2, 2, 1],
        ['C', 1, 1, 1, 1, 1, 3],
      ],
    ],
    ['mean rounded to two decimals', [player('A', 1), player('A', 1), player('A', 0)], [['A', 3, 0.67, 2, 1, 0, 1]]],
    [
      'players without a school: one unranked line, last',
      [player(null, 5000, 5), player('A', 10, 1), player(null, 1000, 1)],
      [
        ['A', 1, 10, 10, 10, 1, 1],
        [null, 2, 3000, 6000, 5000, 6, null],
      ],
    ],
    [
      'kicked players do not count',
      [player('A', 100, 1), player('A', 5000, 5, true), player('B', 0, 0, true)],
      [['A', 1, 100, 100, 100, 1, 1]],
    ],
    ['all scores zero: best is zero', [player('A', 0), player('A', 0)], [['A', 2, 0, 0, 0, 0, 1]]],
  ])('%s', (_name, players, expected) => {
    expect(lines(players)).toEqual(expected);
  });

  it('names each school from its players and the "no school" line with null', () => {
    const [school, none] = schoolStandings([player('A', 1), player(null, 1)]);
    expect(school!.unitName).toBe('Trường A');
    expect(none!.unitName).toBeNull();
  });
});
