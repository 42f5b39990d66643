import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { PublicUnit, Unit } from '../api/types.js';

let publicUnits: Promise<PublicUnit[]> | undefined;
let visibleUnits: Promise<Unit[]> | undefined;

function once<T>(get: () => Promise<T>, forget: () => void): Promise<T> {
  return get().catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** The public unit list for self-registration, fetched once per page load (refused while registration is closed). */
export function loadPublicUnits(): Promise<PublicUnit[]> {
  publicUnits ??= once(
    () => call<PublicUnit[]>(api.GET('/api/units/public')),
    () => (publicUnits = undefined),
  );
  return publicUnits;
}

/** The name of a unit the signed-in user can see (a participant sees their own unit). */
export async function unitName(id: string | null | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  visibleUnits ??= once(
    () => call<Unit[]>(api.GET('/api/units')),
    () => (visibleUnits = undefined),
  );
  const units = await visibleUnits.catch(() => []);
  return units.find((unit) => unit.id === id)?.name;
}

/** Forget cached lists, e.g. after signing out. */
export function forgetUnits(): void {
  publicUnits = undefined;
  visibleUnits = undefined;
}
