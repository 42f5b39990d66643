import { collectiveRanking, type UnitParticipation } from './collective-ranking.js';

const unit = (unitName: string, participants: number, headcount: number | null, scoreSum = participants * 10): UnitParticipation => ({
  unitId: unitName,
  unitName,
  headcount,
  participants,
  attempts: participants * 2,
  scoreSum,
});

describe('collectiveRanking', () => {
  it.each<[string, UnitParticipation[], string[], number[], string[], number[]]>([
    [
      'by number, and by rate among units with a headcount',
      [unit('A', 30, 100), unit('B', 20, 25), unit('C', 25, null)],
      ['A', 'C', 'B'],
      [1, 2, 3],
      ['B', 'A'],
      [1, 2],
    ],
    [
      'ties share a rank; the higher rate goes first among equal numbers',
      [unit('A', 10, 100), unit('B', 10, 20), unit('C', 5, 10)],
      ['B', 'A', 'C'],
      [1, 1, 3],
      ['B', 'C', 'A'],
      [1, 1, 3],
    ],
    [
      'a unit with nobody taking part stays, at the bottom',
      [unit('Không ai', 0, 50), unit('Có người', 1, 50)],
      ['Có người', 'Không ai'],
      [1, 2],
      ['Có người', 'Không ai'],
      [1, 2],
    ],
    ['a zero headcount counts as unknown', [unit('A', 3, 0)], ['A'], [1], [], []],
    [
      'names break full ties, Vietnamese order',
      [unit('Đông', 1, 10), unit('Dương', 1, 10)],
      ['Dương', 'Đông'],
      [1, 1],
      ['Dương', 'Đông'],
      [1, 1],
    ],
  ])('%s', (_name, units, byNumber, numberRanks, byRate, rateRanks) => {
    const ranking = collectiveRanking(units);
    expect(ranking.byParticipants.map((row) => row.unitName)).toEqual(byNumber);
    expect(ranking.byParticipants.map((row) => row.rank)).toEqual(numberRanks);
    expect(ranking.byRate.map((row) => row.unitName)).toEqual(byRate);
    expect(ranking.byRate.map((row) => row.rank)).toEqual(rateRanks);
  });

  it.each<[number, number | null, number | null, number]>([
    [3, 40, 0.075, 10],
    [1, 3, 0.3333, 10],
    [2, null, null, 10],
    [0, 10, 0, 0],
  ])('%d of %s take part: rate %s, mean %d', (participants, headcount, rate, mean) => {
    const [row] = collectiveRanking([unit('A', participants, headcount)]).byParticipants;
    expect(row).toMatchObject({ participationRate: rate, meanScore: mean, headcount });
  });
});
