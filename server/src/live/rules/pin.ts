export const PIN_LENGTH = 6;
const LOWEST = 10 ** (PIN_LENGTH - 1);
const SPAN = 9 * LOWEST;

export function isPin(text: string): boolean {
  return /^[1-9]\d{5}$/.test(text);
}

/**
 * A 6-digit PIN (no leading zero, so nothing is lost when someone types it as a number) that no
 * round in play uses. Random tries first; with the space nearly full, the next free one after a random start.
 */
export function pickPin(taken: ReadonlySet<string>, random: () => number): string {
  for (let tries = 0; tries < 20; tries++) {
    const pin = String(LOWEST + Math.floor(random() * SPAN));
    if (!taken.has(pin)) return pin;
  }
  const start = Math.floor(random() * SPAN);
  for (let step = 0; step < SPAN; step++) {
    const pin = String(LOWEST + ((start + step) % SPAN));
    if (!taken.has(pin)) return pin;
  }
  throw new RangeError('Every PIN is in use');
}
