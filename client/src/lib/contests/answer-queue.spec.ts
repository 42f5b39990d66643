import { AnswerQueue, memoryStore, storageStore, type FailureKind, type QueuedAnswer, type SaveOutcome } from './answer-queue.js';

class NetworkDown extends Error {}
class DeadlinePassed extends Error {}
class Invalid extends Error {}

interface Call {
  questionId: string;
  answer: QueuedAnswer;
  resolve(outcome?: Partial<SaveOutcome>): void;
  reject(error: Error): void;
}

/** A queue whose server answers only when the test says so, and whose timers run only when the test says so. */
function harness(options: { stored?: Record<string, QueuedAnswer> } = {}) {
  const calls: Call[] = [];
  const timers: { task: () => void; ms: number; cancelled: boolean }[] = [];
  const store = memoryStore();
  if (options.stored) store.write(options.stored);
  const superseded: string[] = [];
  const rejected: string[] = [];
  const queue = new AnswerQueue({
    send: (questionId, answer) =>
      new Promise<SaveOutcome>((resolve, reject) =>
        calls.push({
          questionId,
          answer,
          resolve: (outcome) => resolve({ applied: true, savedAt: '2025-11-26T01:00:00.000Z', ...outcome }),
          reject,
        }),
      ),
    classify: (error): FailureKind => (error instanceof DeadlinePassed ? 'stop' : error instanceof Invalid ? 'reject' : 'retry'),
    store,
    schedule: (task, ms) => {
      const timer = { task, ms, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
    retryDelaysMs: [1_000, 5_000],
    onSuperseded: (id) => superseded.push(id),
    onRejected: (id) => rejected.push(id),
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const runTimers = async () => {
    for (const timer of timers.splice(0)) if (!timer.cancelled) timer.task();
    await flush();
  };
  const sent = () => calls.map((call) => [call.questionId, call.answer.seq, call.answer.response]);
  return { queue, calls, timers, store, superseded, rejected, flush, runTimers, sent };
}

describe('AnswerQueue', () => {
  it('numbers choices per question, each question on its own', () => {
    const { queue, sent } = harness();
    queue.choose('q1', 'a');
    queue.choose('q2', 'x');
    expect(sent()).toEqual([
      ['q1', 1, 'a'],
      ['q2', 1, 'x'],
    ]);
    expect(queue.seqOf('q1')).toBe(1);
    expect(queue.seqOf('q3')).toBe(0);
  });

  it('shows saving, then saved once the server has committed', async () => {
    const { queue, calls, flush, store } = harness();
    queue.choose('q1', 'a');
    expect(queue.status).toBe('saving');
    expect(store.read()).toEqual({ q1: { response: 'a', seq: 1 } });
    calls[0]!.resolve();
    await flush();
    expect(queue.status).toBe('saved');
    expect(queue.idle).toBe(true);
    expect(store.read()).toEqual({});
    expect(queue.lastSavedAt).toBe('2025-11-26T01:00:00.000Z');
  });

  it('keeps one save per question in flight; the newest choice made meanwhile is sent next, the ones between never', async () => {
    const { queue, calls, flush, sent } = harness();
    queue.choose('q1', 'a');
    queue.choose('q1', 'b');
    queue.choose('q1', 'c');
    expect(sent()).toEqual([['q1', 1, 'a']]);
    calls[0]!.resolve();
    await flush();
    expect(sent()).toEqual([
      ['q1', 1, 'a'],
      ['q1', 3, 'c'],
    ]);
    expect(queue.status).toBe('saving');
    calls[1]!.resolve();
    await flush();
    expect(queue.status).toBe('saved');
    expect(calls).toHaveLength(2);
  });

  it('goes offline on a network failure, keeps the choice stored, and retries with back-off', async () => {
    const { queue, calls, timers, flush, runTimers, store, sent } = harness();
    queue.choose('q1', 'a');
    calls[0]!.reject(new NetworkDown());
    await flush();
    expect(queue.status).toBe('offline');
    expect(store.read()).toEqual({ q1: { response: 'a', seq: 1 } });
    expect(timers.map((timer) => timer.ms)).toEqual([1_000]);

    // A choice made while offline waits for the retry instead of hammering the network.
    queue.choose('q2', 'x');
    expect(calls).toHaveLength(1);
    expect(queue.status).toBe('offline');

    await runTimers();
    expect(sent().slice(1)).toEqual([
      ['q1', 1, 'a'],
      ['q2', 1, 'x'],
    ]);
    calls[1]!.reject(new NetworkDown());
    calls[2]!.reject(new NetworkDown());
    await flush();
    expect(timers.map((timer) => timer.ms)).toEqual([5_000]);

    queue.retryNow();
    expect(timers[0]!.cancelled).toBe(true);
    calls[3]!.resolve();
    calls[4]!.resolve();
    await flush();
    expect(queue.status).toBe('saved');
    expect(store.read()).toEqual({});
  });

  it('never lets a retried older choice replace a newer one', async () => {
    const { queue, calls, flush, runTimers, sent } = harness();
    queue.choose('q1', 'a');
    queue.choose('q1', 'b');
    calls[0]!.reject(new NetworkDown());
    await flush();
    await runTimers();
    // Only the newest choice is sent again, with its own sequence number.
    expect(sent().slice(1)).toEqual([['q1', 2, 'b']]);
  });

  it('restores stored choices newer than the server, drops older ones, and continues the numbering', async () => {
    const { queue, sent } = harness({
      stored: {
        q1: { response: 'b', seq: 4 }, // made offline, never reached the server
        q2: { response: 'x', seq: 2 }, // reached the server; the answer to it was lost
        q3: { response: ['m', 'n'], seq: 1 },
        q4: { response: 'junk', seq: -1 } as QueuedAnswer,
      },
    });
    const shown = queue.restore({
      q1: { response: 'a', seq: 3 },
      q2: { response: 'x', seq: 2 },
      q5: { response: 7, seq: 1 },
    });
    expect(Object.fromEntries(shown)).toEqual({ q1: 'b', q2: 'x', q3: ['m', 'n'], q5: 7 });
    expect(sent()).toEqual([
      ['q1', 4, 'b'],
      ['q3', 1, ['m', 'n']],
    ]);
    queue.choose('q2', 'y');
    queue.choose('q5', 8);
    expect(sent().slice(2)).toEqual([
      ['q2', 3, 'y'],
      ['q5', 2, 8],
    ]);
  });

  it('tells the page when the server kept a newer answer', async () => {
    const { queue, calls, flush, superseded } = harness();
    queue.choose('q1', 'a');
    calls[0]!.resolve({ applied: false });
    await flush();
    expect(superseded).toEqual(['q1']);
    expect(queue.status).toBe('saved');
  });

  it('drops an answer the server refuses as invalid and carries on', async () => {
    const { queue, calls, flush, rejected, store } = harness();
    queue.choose('q1', 'a');
    calls[0]!.reject(new Invalid());
    await flush();
    expect(rejected).toEqual(['q1']);
    expect(queue.status).toBe('saved');
    expect(store.read()).toEqual({});
  });

  it('stops after the deadline: nothing more is sent, the unsaved choice stays stored', async () => {
    const { queue, calls, flush, store } = harness();
    queue.choose('q1', 'a');
    calls[0]!.reject(new DeadlinePassed());
    await flush();
    expect(queue.status).toBe('stopped');
    expect(queue.choose('q2', 'x')).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(store.read()).toEqual({ q1: { response: 'a', seq: 1 } });
    queue.clear();
    expect(store.read()).toEqual({});
  });

  it('settles true once everything is saved, false when offline', async () => {
    const { queue, calls, flush } = harness();
    expect(await queue.settled(1_000)).toBe(true);
    queue.choose('q1', 'a');
    const settled = queue.settled(1_000);
    calls[0]!.resolve();
    expect(await settled).toBe(true);

    queue.choose('q1', 'b');
    const offline = queue.settled(1_000);
    calls[1]!.reject(new NetworkDown());
    await flush();
    expect(await offline).toBe(false);
  });

  it('settles false on timeout', async () => {
    const { queue, runTimers } = harness();
    queue.choose('q1', 'a');
    const settled = queue.settled(1_000);
    await runTimers();
    expect(await settled).toBe(false);
  });
});

describe('storageStore', () => {
  function fakeStorage() {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  }

  it('writes one key per attempt and removes it when nothing is pending', () => {
    const storage = fakeStorage();
    const store = storageStore(storage, 'lantoa.attempt.1');
    store.write({ q1: { response: 'a', seq: 1 } });
    expect(JSON.parse(storage.items.get('lantoa.attempt.1')!)).toEqual({ q1: { response: 'a', seq: 1 } });
    expect(store.read()).toEqual({ q1: { response: 'a', seq: 1 } });
    store.write({});
    expect(storage.items.has('lantoa.attempt.1')).toBe(false);
  });

  it.each(['not json', '[1,2]', 'null'])('reads %p as nothing stored', (raw) => {
    const storage = fakeStorage();
    storage.items.set('k', raw);
    expect(storageStore(storage, 'k').read()).toEqual({});
  });

  it('works without storage (private mode)', () => {
    const store = storageStore(undefined, 'k');
    store.write({ q1: { response: 'a', seq: 1 } });
    expect(store.read()).toEqual({});
  });
});
