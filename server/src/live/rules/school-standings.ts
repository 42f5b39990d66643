/** A player as the results list them: what a school's line is summed from. */
export interface StandingPlayer {
  unitId: string | null;
  unitName: string | null;
  score: number;
  correctCount: number;
  kicked: boolean;
}

export interface SchoolStanding {
  /** null: the players who picked no school, listed last and not ranked */
  unitId: string | null;
  unitName: string | null;
  players: number;
  meanScore: number;
  totalScore: number;
  bestScore: number;
  correctCount: number;
  /** 1-based, shared by schools equal on mean score and players; null for the "no school" line */
  rank: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The schools of a round's players, by mean score (so a school is not ahead for sending more players), ties by
 * more players, then by name; kicked players do not count.
 */
export function schoolStandings(players: readonly StandingPlayer[]): SchoolStanding[] {
  const groups = new Map<string | null, SchoolStanding>();
  for (const player of players) {
    if (player.kicked) continue;
    const key = player.unitId;
    const group = groups.get(key) ?? {
      unitId: key,
      unitName: key === null ? null : player.unitName,
      players: 0,
      meanScore: 0,
      totalScore: 0,
      bestScore: player.score,
      correctCount: 0,
      rank: null,
    };
    group.players++;
    group.totalScore += player.score;
    group.bestScore = Math.max(group.bestScore, player.score);
    group.correctCount += player.correctCount;
    groups.set(key, group);
  }
  const all = [...groups.values()].map((group) => ({ ...group, meanScore: round2(group.totalScore / group.players) }));
  const schools = all
    .filter((group) => group.unitId !== null)
    .sort((a, b) => b.meanScore - a.meanScore || b.players - a.players || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'));
  schools.forEach((school, index) => {
    const previous = schools[index - 1];
    school.rank = previous && previous.meanScore === school.meanScore && previous.players === school.players ? previous.rank : index + 1;
  });
  return [...schools, ...all.filter((group) => group.unitId === null)];
}
