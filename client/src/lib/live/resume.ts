// A player's way back into a round after a reload or a lost connection: the resume token, kept
// per PIN in localStorage. Pure over a Storage-like object.

export interface ResumeEntry {
  resumeToken: string;
  playerId: string;
  roundId: string;
  savedAt: number;
}

/** PINs are reused once a round is over; a token older than this is not tried. */
export const RESUME_TTL_MS = 12 * 3_600_000;

const PREFIX = 'lantoa.live.';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { readonly length: number; key(index: number): string | null };

const keyOf = (pin: string) => `${PREFIX}${pin}`;

export function readResume(storage: KeyValueStore | undefined, pin: string, now: number): ResumeEntry | null {
  try {
    const raw = storage?.getItem(keyOf(pin));
    if (!raw) return null;
    const entry = JSON.parse(raw) as Partial<ResumeEntry>;
    const valid =
      typeof entry.resumeToken === 'string' &&
      typeof entry.playerId === 'string' &&
      typeof entry.roundId === 'string' &&
      typeof entry.savedAt === 'number' &&
      now - entry.savedAt < RESUME_TTL_MS;
    return valid ? (entry as ResumeEntry) : null;
  } catch {
    return null;
  }
}

/** Saves the entry and forgets expired ones of other rounds. */
export function saveResume(storage: KeyValueStore | undefined, pin: string, entry: ResumeEntry): void {
  if (!storage) return;
  try {
    for (let index = storage.length - 1; index >= 0; index--) {
      const key = storage.key(index);
      if (!key?.startsWith(PREFIX) || key === keyOf(pin)) continue;
      if (!readResume(storage, key.slice(PREFIX.length), entry.savedAt)) storage.removeItem(key);
    }
    storage.setItem(keyOf(pin), JSON.stringify(entry));
  } catch {
    // private mode or a full storage: a reload then asks for the nickname again
  }
}

export function forgetResume(storage: KeyValueStore | undefined, pin: string): void {
  try {
    storage?.removeItem(keyOf(pin));
  } catch {
    // nothing to forget
  }
}

/** The storage of the page, or undefined where there is none (tests, blocked storage). */
export function browserStorage(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
