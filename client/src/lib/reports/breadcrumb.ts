// The trail of units from the top of a report down to the unit being read, as the server gives it.

export interface UnitRef {
  unitId: string;
  unitName: string;
}

export interface Crumb {
  id: string;
  name: string;
  /** The top of the reader's report: its links leave the unit out of the address. */
  top: boolean;
  current: boolean;
}

/**
 * The report's path (the reader's top unit first) as crumbs; a unit the path does not end with (an older
 * answer while the next loads) is added as the current one, so the trail always ends where the page is.
 */
export function breadcrumb(path: readonly UnitRef[], current?: UnitRef): Crumb[] {
  const units = current && path.at(-1)?.unitId !== current.unitId ? [...path, current] : [...path];
  const seen = new Set<string>();
  const unique = units.filter((unit) => !seen.has(unit.unitId) && seen.add(unit.unitId));
  return unique.map((unit, index) => ({
    id: unit.unitId,
    name: unit.unitName,
    top: index === 0,
    current: index === unique.length - 1,
  }));
}
