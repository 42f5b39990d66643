/** A unit's participation, as the collective ranking weighs it. */
export interface UnitParticipation {
  unitId: string;
  unitName: string;
  /** People the unit should field (staff, students or both, by the audience); null when unknown. */
  headcount: number | null;
  participants: number;
  attempts: number;
  scoreSum: number;
}

export interface RankedUnit {
  unitId: string;
  unitName: string;
  headcount: number | null;
  participants: number;
  attempts: number;
  meanScore: number;
  /** participants ÷ headcount, 4 decimals; null without a headcount. */
  participationRate: number | null;
  /** Shared by units tied on what the ranking compares (1, 1, 3 …). */
  rank: number;
}

/**
 * The collective rankings of units (giải tập thể, as Gia Lai and Quảng Nam award them): by number
 * of participants, and by participation rate among the units with a headcount. Units with nobody
 * taking part stay in, at the bottom. Pure.
 */
export function collectiveRanking(units: readonly UnitParticipation[]): { byParticipants: RankedUnit[]; byRate: RankedUnit[] } {
  const rows = units.map((unit) => ({
    unitId: unit.unitId,
    unitName: unit.unitName,
    headcount: unit.headcount && unit.headcount > 0 ? unit.headcount : null,
    participants: unit.participants,
    attempts: unit.attempts,
    meanScore: unit.participants ? round(unit.scoreSum / unit.participants, 2) : 0,
    participationRate: unit.headcount && unit.headcount > 0 ? round(unit.participants / unit.headcount, 4) : null,
  }));
  const byName = (a: { unitName: string }, b: { unitName: string }) => a.unitName.localeCompare(b.unitName, 'vi');
  const byParticipants = [...rows].sort(
    (a, b) => b.participants - a.participants || (b.participationRate ?? -1) - (a.participationRate ?? -1) || byName(a, b),
  );
  const byRate = rows
    .filter((row) => row.participationRate !== null)
    .sort((a, b) => b.participationRate! - a.participationRate! || b.participants - a.participants || byName(a, b));
  return {
    byParticipants: withRanks(byParticipants, (row) => String(row.participants)),
    byRate: withRanks(byRate, (row) => String(row.participationRate)),
  };
}

function withRanks<T>(rows: T[], key: (row: T) => string): (T & { rank: number })[] {
  let previous: string | undefined;
  let rank = 0;
  return rows.map((row, index) => {
    const current = key(row);
    if (current !== previous) rank = index + 1;
    previous = current;
    return { ...row, rank };
  });
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
