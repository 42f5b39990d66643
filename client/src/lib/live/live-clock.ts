// The live round's timers run on the server; phones and the projector count down on the server's clock. Pure.
import { clockOffset } from '../contests/clock.js';

/** A pushed event's time may be this far below a known offset before it is trusted instead (the device clock moved). */
export const PUSH_TOLERANCE_MS = 1_500;

/**
 * The server's clock seen from this device. Acks give a round trip, so their offset is the best
 * estimate; a pushed event only gives a lower bound (the server's time plus an unknown delivery
 * delay), which corrects an offset that is clearly wrong and is otherwise ignored.
 */
export class LiveClock {
  #offset: number | null = null;

  constructor(private readonly deviceNow: () => number = Date.now) {}

  get offset(): number {
    return this.#offset ?? 0;
  }

  get synced(): boolean {
    return this.#offset !== null;
  }

  /** `serverNow` from an ack to a request sent at `sentAt` and answered at `receivedAt`. */
  fromAck(serverNow: string | number, sentAt: number, receivedAt: number): void {
    this.#offset = clockOffset(serverNow, sentAt, receivedAt);
  }

  /** `serverNow` from a broadcast received at `receivedAt`. */
  fromPush(serverNow: string | number, receivedAt: number = this.deviceNow()): void {
    this.#offset = refineOffset(this.#offset, clockOffset(serverNow, receivedAt, receivedAt));
  }

  now(): number {
    return this.deviceNow() + this.offset;
  }
}

/** The offset to keep when a push says the offset is at least `lowerBound`. */
export function refineOffset(current: number | null, lowerBound: number): number {
  if (current === null || current < lowerBound) return lowerBound;
  return current - lowerBound > PUSH_TOLERANCE_MS ? lowerBound : current;
}

export type CountdownTone = 'calm' | 'hurry' | 'over';

export interface CountdownView {
  remainingMs: number;
  /** Whole seconds shown: rounded up, so 0 shows only when time is up. */
  seconds: number;
  /** Share of the time left, 1 → 0, for a bar or a ring. */
  fraction: number;
  tone: CountdownTone;
}

/** The last five seconds are shown as a hurry. */
export const HURRY_MS = 5_000;

export function countdownView(openedAt: string | number, closesAt: string | number, serverNow: number): CountdownView {
  const opened = toMs(openedAt);
  const closes = toMs(closesAt);
  const remainingMs = Math.max(0, closes - serverNow);
  const total = Math.max(1, closes - opened);
  return {
    remainingMs,
    seconds: Math.ceil(remainingMs / 1000),
    fraction: Math.min(1, remainingMs / total),
    tone: remainingMs <= 0 ? 'over' : remainingMs <= HURRY_MS ? 'hurry' : 'calm',
  };
}

function toMs(value: string | number): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value;
  if (!Number.isFinite(ms)) throw new RangeError(`Not a time: ${value}`);
  return ms;
}
