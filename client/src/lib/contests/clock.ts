// The attempt's countdown runs on the server's clock, seen through this device's. Pure.

/** How far the server's clock is ahead of this device's: server time ≈ device time + offset. */
export function clockOffset(serverNow: string | number, sentAt: number, receivedAt: number): number {
  const server = typeof serverNow === 'string' ? Date.parse(serverNow) : serverNow;
  if (!Number.isFinite(server)) throw new RangeError(`Not a server time: ${serverNow}`);
  // The server read its clock somewhere during the round trip; the middle is the best guess.
  return server - (sentAt + Math.max(0, receivedAt - sentAt) / 2);
}

/** Samples slower than this say too little about the server's clock to replace a known offset. */
export const MAX_SAMPLE_ROUND_TRIP_MS = 4_000;

/**
 * The server's clock as this device sees it. Each response that carries the server's time is a
 * sample; a fast one replaces the offset, so a device clock changed mid-attempt is corrected by
 * the next save or resume.
 */
export class ServerClock {
  #offset: number | null = null;
  #roundTrip = Infinity;

  constructor(private readonly deviceNow: () => number = Date.now) {}

  get synced(): boolean {
    return this.#offset !== null;
  }

  get offset(): number {
    return this.#offset ?? 0;
  }

  /** The uncertainty of the offset: half the round trip it came from. */
  get uncertaintyMs(): number {
    return this.#offset === null ? Infinity : this.#roundTrip / 2;
  }

  sample(serverNow: string | number, sentAt: number, receivedAt: number): void {
    const roundTrip = Math.max(0, receivedAt - sentAt);
    if (this.#offset !== null && roundTrip > MAX_SAMPLE_ROUND_TRIP_MS) return;
    this.#offset = clockOffset(serverNow, sentAt, receivedAt);
    this.#roundTrip = roundTrip;
  }

  now(): number {
    return this.deviceNow() + this.offset;
  }

  /** Milliseconds left until `deadlineAt` on the server's clock; never negative. */
  remaining(deadlineAt: string | number): number {
    return remainingMs(deadlineAt, this.offset, this.deviceNow());
  }
}

export function remainingMs(deadlineAt: string | number, offset: number, deviceNow: number): number {
  const deadline = typeof deadlineAt === 'string' ? Date.parse(deadlineAt) : deadlineAt;
  return Math.max(0, deadline - (deviceNow + offset));
}

/** "19:59", "1:05:00", "0:00": whole seconds rounded up, so 0:00 shows only when time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

export type CountdownTone = 'calm' | 'warning' | 'urgent' | 'over';

/** The countdown turns amber in the last 5 minutes and red in the last minute. */
export function countdownTone(ms: number): CountdownTone {
  if (ms <= 0) return 'over';
  if (ms <= 60_000) return 'urgent';
  if (ms <= 5 * 60_000) return 'warning';
  return 'calm';
}

/** Whole minutes left, for screen readers: announced once a minute rather than every second. */
export function minutesLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / 60_000));
}
