import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { ApiError } from '../api/errors.js';
import type { Attempt, PaperQuestion, SubmitResult } from '../api/types.js';
import { browserStorage, forgetActiveAttempt, rememberActiveAttempt } from './active-attempts.js';
import { isAnswered, parseNumber, toggleOption } from './answers.js';
import { AnswerQueue, storageStore, type AnswerResponse, type FailureKind, type SaveStatus } from './answer-queue.js';
import { ServerClock } from './clock.js';
import { getAttempt, saveAnswer, submitAttempt } from './contests-api.js';

export type AttemptPhase = 'loading' | 'taking' | 'timeUp' | 'result' | 'failed';

const TICK_MS = 250;
const POLL_MS = 2_000;
/** After this long past the deadline without the server's sweeper, ask the server to finalize (it is idempotent). */
const FINALIZE_AFTER_MS = 30_000;
const TEXT_SAVE_DELAY_MS = 700;
const SUBMIT_WAIT_MS = 10_000;
const STOP_CODES = new Set(['ATTEMPT_DEADLINE_PASSED', 'ATTEMPT_SUBMITTED', 'ATTEMPT_NOT_FOUND']);

/** Network trouble and a busy server are retried; time up and a lost session stop the queue; anything else refuses one answer. */
export function classifySaveError(error: unknown): FailureKind {
  if (!(error instanceof ApiError)) return 'retry';
  if (error.status === 0 || error.status >= 500 || error.status === 429 || error.status === 408) return 'retry';
  if (error.status === 401 || STOP_CODES.has(error.code)) return 'stop';
  return 'reject';
}

export class UnsavedAnswersError extends Error {
  constructor(readonly count: number) {
    super(`${count} answer(s) not saved yet`);
    this.name = 'UnsavedAnswersError';
  }
}

/**
 * One attempt being taken: the paper, the answers shown, the save queue and the countdown on the
 * server's clock. Reload or another device resumes it from GET /api/attempts/:id.
 */
export class AttemptSession {
  attempt = $state<Attempt | null>(null);
  phase = $state<AttemptPhase>('loading');
  error = $state<unknown>(null);
  index = $state(0);
  remainingMs = $state(0);
  saveStatus = $state<SaveStatus>('saved');
  online = $state(true);
  lastSavedAt = $state<string | null>(null);
  result = $state<SubmitResult | null>(null);
  /** About one answer: refused by the server, or replaced by a newer one from another device. */
  notice = $state<'rejected' | 'superseded' | null>(null);
  readonly responses = new SvelteMap<string, unknown>();
  /** Text typed but not yet valid or not yet sent (short text, numbers). */
  readonly drafts = new SvelteMap<string, string>();
  readonly flagged = new SvelteSet<string>();
  readonly unsaved = new SvelteSet<string>();

  questions: PaperQuestion[] = $derived(this.attempt?.questions ?? []);
  current: PaperQuestion | undefined = $derived(this.questions[this.index]);
  answeredCount: number = $derived(this.questions.filter((question) => isAnswered(this.responses.get(question.id))).length);

  readonly clock = new ServerClock();
  readonly #queue: AnswerQueue;
  readonly #storage = browserStorage();
  // Timers, not state: nothing renders from them.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #textTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #ticker: ReturnType<typeof setInterval> | undefined;
  #poller: ReturnType<typeof setTimeout> | undefined;
  #timeUpAt = 0;
  #destroyed = false;
  #listeners: (() => void)[] = [];

  constructor(readonly id: string) {
    this.#queue = new AnswerQueue({
      send: async (questionId, answer) => {
        const sentAt = Date.now();
        const outcome = await saveAnswer(this.id, questionId, answer.response, answer.seq);
        if (outcome.applied) this.clock.sample(outcome.savedAt, sentAt, Date.now());
        return outcome;
      },
      classify: classifySaveError,
      store: storageStore(this.#storage, this.#key('answers')),
      onChange: () => this.#queueChanged(),
      onSuperseded: () => {
        this.notice = 'superseded';
        void this.#refresh();
      },
      onRejected: () => {
        this.notice = 'rejected';
        void this.#refresh();
      },
    });
  }

  get pendingCount(): number {
    return this.unsaved.size;
  }

  async start(): Promise<void> {
    this.online = globalThis.navigator?.onLine ?? true;
    this.#listen(window, 'online', () => {
      this.online = true;
      this.#queue.retryNow();
      void this.#refresh();
    });
    this.#listen(window, 'offline', () => (this.online = false));
    this.#listen(document, 'visibilitychange', () => {
      // A phone put to sleep: resynchronise the clock and the answers when it wakes.
      if (document.visibilityState === 'visible') void this.#refresh();
    });
    try {
      await this.#load();
    } catch (error) {
      this.error = error;
      this.phase = 'failed';
    }
  }

  destroy(): void {
    this.#destroyed = true;
    clearInterval(this.#ticker);
    clearTimeout(this.#poller);
    for (const timer of this.#textTimers.values()) clearTimeout(timer);
    for (const remove of this.#listeners) remove();
    this.#listeners = [];
  }

  go(index: number): void {
    if (this.questions.length === 0) return;
    this.#commitTexts();
    this.index = Math.min(Math.max(0, index), this.questions.length - 1);
    this.#write('position', String(this.index));
  }

  /** An option tapped: the choice for single and true/false, on/off for multiple. */
  choose(question: PaperQuestion, optionId: string): void {
    if (this.phase !== 'taking') return;
    if (question.type === 'multiple') {
      const order = (question.options ?? []).map((option) => option.id);
      this.#save(question.id, toggleOption(this.responses.get(question.id), optionId, order));
      return;
    }
    if (this.responses.get(question.id) === optionId) return;
    this.#save(question.id, optionId);
  }

  /** Typing a short or numeric answer: saved a moment after the typing stops, or on leaving the field. */
  type(question: PaperQuestion, text: string): void {
    if (this.phase !== 'taking') return;
    this.drafts.set(question.id, text);
    clearTimeout(this.#textTimers.get(question.id));
    this.#textTimers.set(
      question.id,
      setTimeout(() => this.commitText(question.id), TEXT_SAVE_DELAY_MS),
    );
  }

  commitText(questionId: string): void {
    clearTimeout(this.#textTimers.get(questionId));
    this.#textTimers.delete(questionId);
    const text = this.drafts.get(questionId);
    const question = this.questions.find((candidate) => candidate.id === questionId);
    if (text === undefined || !question || this.phase !== 'taking') return;
    if (question.type === 'numeric') {
      const value = parseNumber(text);
      if (value === undefined || value === this.responses.get(questionId)) return;
      this.#save(questionId, value);
    } else {
      const value = text.normalize('NFC');
      if (value === this.responses.get(questionId)) return;
      this.#save(questionId, value);
    }
    this.drafts.delete(questionId);
  }

  toggleFlag(questionId: string): void {
    if (this.flagged.has(questionId)) this.flagged.delete(questionId);
    else this.flagged.add(questionId);
    this.#write('flags', JSON.stringify([...this.flagged]));
  }

  retrySaves(): void {
    this.#queue.retryNow();
  }

  /** Saves what is left, then submits. Refuses while answers are unsaved: they are kept and retried. */
  async submit(prediction: number | undefined): Promise<void> {
    this.#commitTexts();
    this.#queue.retryNow();
    if (!(await this.#queue.settled(SUBMIT_WAIT_MS))) throw new UnsavedAnswersError(this.#queue.pendingCount);
    this.result = await submitAttempt(this.id, prediction);
    this.#finish();
  }

  async #load(): Promise<void> {
    const sentAt = Date.now();
    const attempt = await getAttempt(this.id);
    this.clock.sample(attempt.serverNow, sentAt, Date.now());
    this.attempt = attempt;
    if (attempt.status === 'submitted') {
      await this.#showResult();
      return;
    }
    this.#show(attempt);
    rememberActiveAttempt(this.#storage, attempt.contestId, attempt.id, attempt.deadlineAt);
    this.flagged.clear();
    for (const id of this.#readJson<string[]>('flags') ?? [])
      if (attempt.questions.some((question) => question.id === id)) this.flagged.add(id);
    const position = Number(this.#read('position'));
    this.index = Number.isInteger(position) ? Math.min(Math.max(0, position), attempt.questions.length - 1) : 0;
    this.phase = 'taking';
    this.#tick();
    this.#ticker = setInterval(() => this.#tick(), TICK_MS);
  }

  /** The server's answers, with this browser's newer unsaved ones over them. */
  #show(attempt: Attempt): void {
    const shown = this.#queue.restore(attempt.answers as Record<string, { response: unknown; seq: number }>);
    for (const question of attempt.questions) {
      if (shown.has(question.id)) this.responses.set(question.id, shown.get(question.id));
      else this.responses.delete(question.id);
    }
  }

  async #refresh(): Promise<void> {
    if (this.phase !== 'taking' || this.#destroyed) return;
    try {
      const sentAt = Date.now();
      const attempt = await getAttempt(this.id);
      this.clock.sample(attempt.serverNow, sentAt, Date.now());
      if (attempt.status === 'submitted') {
        await this.#showResult();
        return;
      }
      this.attempt = attempt;
      this.#show(attempt);
      this.#tick();
    } catch {
      // offline: the queue keeps the answers; the next `online` event tries again
    }
  }

  #tick(): void {
    if (!this.attempt) return;
    this.remainingMs = this.clock.remaining(this.attempt.deadlineAt);
    if (this.remainingMs <= 0 && this.phase === 'taking') this.#timeUp();
  }

  /** The server submits what was saved at the deadline (plus a short grace): send what is left, then wait for it. */
  #timeUp(): void {
    this.#commitTexts();
    this.phase = 'timeUp';
    this.#timeUpAt = Date.now();
    clearInterval(this.#ticker);
    this.remainingMs = 0;
    this.#queue.retryNow();
    this.#poll();
  }

  #poll(): void {
    clearTimeout(this.#poller);
    if (this.#destroyed) return;
    this.#poller = setTimeout(async () => {
      if (this.#destroyed || this.phase !== 'timeUp') return;
      try {
        const attempt = await getAttempt(this.id);
        if (attempt.status === 'submitted' || Date.now() - this.#timeUpAt > FINALIZE_AFTER_MS) {
          await this.#showResult();
          return;
        }
      } catch {
        // offline or the server restarting: keep asking
      }
      this.#poll();
    }, POLL_MS);
  }

  async #showResult(): Promise<void> {
    try {
      // Idempotent for a submitted attempt: the result as it was scored.
      this.result = await submitAttempt(this.id);
      this.#finish();
    } catch (error) {
      if (this.phase === 'timeUp') {
        this.#poll();
        return;
      }
      this.error = error;
      this.phase = 'failed';
    }
  }

  #finish(): void {
    clearInterval(this.#ticker);
    clearTimeout(this.#poller);
    this.#queue.clear();
    if (this.attempt) forgetActiveAttempt(this.#storage, this.attempt.contestId);
    this.#remove('flags');
    this.#remove('position');
    this.phase = 'result';
  }

  #save(questionId: string, response: AnswerResponse): void {
    this.responses.set(questionId, response);
    this.notice = null;
    this.#queue.choose(questionId, response);
  }

  #commitTexts(): void {
    for (const questionId of [...this.#textTimers.keys()]) this.commitText(questionId);
  }

  #queueChanged(): void {
    this.saveStatus = this.#queue.status;
    this.lastSavedAt = this.#queue.lastSavedAt;
    for (const question of this.questions) {
      const pending = this.#queue.isPending(question.id);
      if (pending && !this.unsaved.has(question.id)) this.unsaved.add(question.id);
      else if (!pending && this.unsaved.has(question.id)) this.unsaved.delete(question.id);
    }
    if (this.#queue.status !== 'stopped' || this.phase !== 'taking') return;
    const code = this.#queue.lastError instanceof ApiError ? this.#queue.lastError.code : undefined;
    if (code === 'ATTEMPT_SUBMITTED') void this.#showResult();
    else if (code === 'ATTEMPT_DEADLINE_PASSED') this.#timeUp();
  }

  #key(name: string): string {
    return `lantoa.attempt.${this.id}.${name}`;
  }

  #read(name: string): string | null {
    try {
      return this.#storage?.getItem(this.#key(name)) ?? null;
    } catch {
      return null;
    }
  }

  #readJson<T>(name: string): T | null {
    try {
      return JSON.parse(this.#read(name) ?? 'null') as T | null;
    } catch {
      return null;
    }
  }

  #write(name: string, value: string): void {
    try {
      this.#storage?.setItem(this.#key(name), value);
    } catch {
      // storage full or disabled: only the convenience is lost
    }
  }

  #remove(name: string): void {
    try {
      this.#storage?.removeItem(this.#key(name));
    } catch {
      // nothing to do
    }
  }

  #listen(target: EventTarget, type: string, handler: () => void): void {
    target.addEventListener(type, handler);
    this.#listeners.push(() => target.removeEventListener(type, handler));
  }
}
