// Every choice is saved at once, in order per question, and kept in the browser until the server has it. Pure.

/** An option id (single, true/false), option ids (multiple), a text or a number. */
export type AnswerResponse = string | string[] | number;

export interface QueuedAnswer {
  response: AnswerResponse;
  /** Increasing per question: the server never lets an older save overwrite a newer one. */
  seq: number;
}

export interface SavedAnswer {
  response: unknown;
  seq: number;
}

export interface SaveOutcome {
  applied: boolean;
  savedAt: string;
}

/** After a failed save: try again later (network, server busy), drop this answer (refused), or stop (time is up). */
export type FailureKind = 'retry' | 'reject' | 'stop';

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'stopped';

/** Where unsaved choices survive a reload or a crash (localStorage in the browser). */
export interface PendingStore {
  read(): Record<string, QueuedAnswer>;
  write(pending: Record<string, QueuedAnswer>): void;
}

export interface AnswerQueueOptions {
  send(questionId: string, answer: QueuedAnswer): Promise<SaveOutcome>;
  classify(error: unknown): FailureKind;
  store?: PendingStore;
  schedule?: (task: () => void, ms: number) => () => void;
  retryDelaysMs?: readonly number[];
  onChange?(): void;
  /** The server kept an answer at least as new as ours (a retry that had landed, or another device). */
  onSuperseded?(questionId: string): void;
  onRejected?(questionId: string, error: unknown): void;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const;

const defaultSchedule = (task: () => void, ms: number) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};

export const memoryStore = (): PendingStore => {
  let saved: Record<string, QueuedAnswer> = {};
  return {
    read: () => ({ ...saved }),
    write: (pending) => (saved = { ...pending }),
  };
};

/**
 * The newest choice per question wins: one save per question is in flight at a time; a choice
 * made meanwhile is sent when it returns. Failed saves stay queued (and stored) and are retried
 * with back-off, or at once when the network returns (`retryNow`).
 */
export class AnswerQueue {
  readonly #options: AnswerQueueOptions;
  readonly #store: PendingStore;
  readonly #schedule: (task: () => void, ms: number) => () => void;
  readonly #seq = new Map<string, number>();
  readonly #pending = new Map<string, QueuedAnswer>();
  readonly #inFlight = new Map<string, number>();
  #failures = 0;
  #offline = false;
  #stopped = false;
  #cancelRetry: (() => void) | undefined;
  #waiters: (() => void)[] = [];
  lastSavedAt: string | null = null;
  lastError: unknown = null;

  constructor(options: AnswerQueueOptions) {
    this.#options = options;
    this.#store = options.store ?? memoryStore();
    this.#schedule = options.schedule ?? defaultSchedule;
  }

  get status(): SaveStatus {
    if (this.#stopped) return 'stopped';
    if (this.#pending.size === 0) return 'saved';
    return this.#offline ? 'offline' : 'saving';
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  get idle(): boolean {
    return this.#pending.size === 0 && this.#inFlight.size === 0;
  }

  isPending(questionId: string): boolean {
    return this.#pending.has(questionId);
  }

  seqOf(questionId: string): number {
    return this.#seq.get(questionId) ?? 0;
  }

  /**
   * Takes the server's saved answers and the choices this browser kept but had not saved; returns
   * what each question shows. A stored choice newer than the server's is shown and sent again.
   */
  restore(saved: Record<string, SavedAnswer>): Map<string, unknown> {
    const shown = new Map<string, unknown>();
    for (const [questionId, answer] of Object.entries(saved)) {
      this.#bump(questionId, answer.seq);
      if (!this.#pending.has(questionId)) shown.set(questionId, answer.response);
    }
    for (const [questionId, answer] of Object.entries(this.#store.read())) {
      if (!isQueuedAnswer(answer) || answer.seq <= (saved[questionId]?.seq ?? 0)) continue;
      const current = this.#pending.get(questionId);
      if (!current || current.seq < answer.seq) this.#pending.set(questionId, answer);
      this.#bump(questionId, answer.seq);
    }
    for (const [questionId, answer] of this.#pending) shown.set(questionId, answer.response);
    this.#persist();
    this.#changed();
    this.pump();
    return shown;
  }

  /** A new choice: queued with the next sequence number and sent as soon as the question has nothing in flight. */
  choose(questionId: string, response: AnswerResponse): QueuedAnswer | undefined {
    if (this.#stopped) return undefined;
    const answer = { response, seq: this.seqOf(questionId) + 1 };
    this.#seq.set(questionId, answer.seq);
    this.#pending.set(questionId, answer);
    this.#persist();
    this.#changed();
    this.pump();
    return answer;
  }

  /** Sends every queued answer whose question has nothing in flight, unless a retry is waiting. */
  pump(): void {
    if (this.#stopped || this.#cancelRetry) return;
    for (const [questionId, answer] of this.#pending) {
      if (!this.#inFlight.has(questionId)) void this.#send(questionId, answer);
    }
  }

  /** The network is back (or the user asked): retry now instead of waiting. */
  retryNow(): void {
    this.#cancelRetry?.();
    this.#cancelRetry = undefined;
    this.pump();
  }

  /** Resolves true once everything is saved; false if the queue goes offline or stops first, or on timeout. */
  settled(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (value: boolean) => {
        if (done) return;
        done = true;
        cancel();
        this.#waiters = this.#waiters.filter((waiter) => waiter !== check);
        resolve(value);
      };
      const check = () => {
        if (this.idle) finish(true);
        else if (this.#stopped || (this.#offline && this.#inFlight.size === 0)) finish(false);
      };
      const cancel = this.#schedule(() => finish(false), timeoutMs);
      this.#waiters.push(check);
      check();
    });
  }

  /** No more saves (submitted, or refused by the server); what is stored stays until `clear`. */
  stop(): void {
    this.#stopped = true;
    this.#cancelRetry?.();
    this.#cancelRetry = undefined;
    this.#changed();
  }

  /** Forget the stored choices (the attempt is over). */
  clear(): void {
    this.stop();
    this.#pending.clear();
    this.#persist();
    this.#changed();
  }

  async #send(questionId: string, answer: QueuedAnswer): Promise<void> {
    this.#inFlight.set(questionId, answer.seq);
    this.#changed();
    try {
      const outcome = await this.#options.send(questionId, answer);
      this.#failures = 0;
      this.#offline = false;
      this.lastSavedAt = outcome.savedAt;
      if (this.#pending.get(questionId)?.seq === answer.seq) this.#pending.delete(questionId);
      this.#persist();
      if (!outcome.applied) this.#options.onSuperseded?.(questionId);
    } catch (error) {
      this.lastError = error;
      const kind = this.#options.classify(error);
      if (kind === 'reject') {
        if (this.#pending.get(questionId)?.seq === answer.seq) this.#pending.delete(questionId);
        this.#persist();
        this.#options.onRejected?.(questionId, error);
      } else if (kind === 'stop') {
        this.#stopped = true;
        this.#cancelRetry?.();
        this.#cancelRetry = undefined;
      } else {
        this.#offline = true;
        this.#failures++;
        this.#scheduleRetry();
      }
    } finally {
      this.#inFlight.delete(questionId);
    }
    this.#changed();
    // A choice made while this one was in flight goes now.
    if (!this.#offline) this.pump();
  }

  #scheduleRetry(): void {
    if (this.#cancelRetry || this.#stopped) return;
    const delays = this.#options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const delay = delays[Math.min(this.#failures - 1, delays.length - 1)] ?? 1_000;
    this.#cancelRetry = this.#schedule(() => {
      this.#cancelRetry = undefined;
      this.pump();
    }, delay);
  }

  #bump(questionId: string, seq: number): void {
    if (seq > this.seqOf(questionId)) this.#seq.set(questionId, seq);
  }

  #persist(): void {
    try {
      this.#store.write(Object.fromEntries(this.#pending));
    } catch {
      // storage full or disabled: the answers are still in memory and being sent
    }
  }

  #changed(): void {
    this.#options.onChange?.();
    for (const waiter of [...this.#waiters]) waiter();
  }
}

function isQueuedAnswer(value: unknown): value is QueuedAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { response, seq } = value as Partial<QueuedAnswer>;
  const validResponse =
    typeof response === 'string' ||
    (typeof response === 'number' && Number.isFinite(response)) ||
    (Array.isArray(response) && response.every((item) => typeof item === 'string'));
  return validResponse && Number.isInteger(seq) && (seq as number) > 0;
}

/** A PendingStore over localStorage (or any Storage), one key per attempt. */
export function storageStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined, key: string): PendingStore {
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, QueuedAnswer>) : {};
      } catch {
        return {};
      }
    },
    write(pending) {
      if (!storage) return;
      if (Object.keys(pending).length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(pending));
    },
  };
}
