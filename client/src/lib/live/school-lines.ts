// The "by school" table of a live round's results, as it is shown.
export interface SchoolStandingInput {
  unitId?: string | null;
  unitName?: string | null;
  players: number;
  meanScore: number;
  totalScore: number;
  bestScore: number;
  correctCount: number;
  rank?: number | null;
}

export interface SchoolLine extends SchoolStandingInput {
  key: string;
  name: string;
  /** "—" for the players who picked no school: they are not a school and are not ranked */
  place: string;
}

/** The lines to show, or nothing when no player picked a school (a table of one "no school" line says nothing). */
export function schoolLines(schools: readonly SchoolStandingInput[], noSchoolLabel: string): SchoolLine[] {
  if (!schools.some((school) => school.unitId)) return [];
  return schools.map((school) => ({
    ...school,
    key: school.unitId ?? 'no-school',
    name: school.unitId ? (school.unitName ?? '') : noSchoolLabel,
    place: typeof school.rank === 'number' ? String(school.rank) : '—',
  }));
}
