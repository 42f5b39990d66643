// Helpers for the live-round integration tests (not loaded by the server).
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import type { QuestionDraft } from '../../questions/question-draft.js';
import { QuestionsService } from '../../questions/questions.service.js';
import type { TestApp } from '../../testing/test-app.js';
import { LIVE_NAMESPACE } from '../live-contract.js';

export type Envelope<T> = { data: T } | { error: { code: string; message: string } };

export function liveSocket(app: TestApp, token?: string): Socket {
  return io(`${app.baseUrl}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: token ? { token } : {},
  });
}

export async function connected(socket: Socket): Promise<Socket> {
  if (!socket.connected) await nextEvent(socket, 'connect');
  return socket;
}

export function send<T = unknown>(socket: Socket, event: string, payload: unknown = {}): Promise<Envelope<T>> {
  return socket.timeout(10_000).emitWithAck(event, payload);
}

/** The ack's data; fails the test with the error code otherwise. */
export async function ok<T = unknown>(socket: Socket, event: string, payload: unknown = {}): Promise<T> {
  const ack = await send<T>(socket, event, payload);
  if ('error' in ack) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** The ack's error code (undefined when it succeeded). */
export async function refused(socket: Socket, event: string, payload: unknown = {}): Promise<string | undefined> {
  const ack = await send(socket, event, payload);
  return 'error' in ack ? ack.error.code : undefined;
}

export function nextEvent<T = unknown>(socket: Socket, event: string, timeoutMs = 10_000, where?: (payload: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    timer.unref();
    const listener = (payload: T) => {
      if (where && !where(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Waits until `check` holds (a broadcast that may already have arrived). */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`still false after ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Everything a socket receives on `event`, from now on. */
export function record<T = unknown>(socket: Socket, event: string): T[] {
  const received: T[] = [];
  socket.on(event, (payload: T) => received.push(payload));
  return received;
}

/** Approved single-choice questions in a unit's bank, the first option right; ids in order. */
export async function approvedQuestions(app: TestApp, unitId: string, count: number, extra: QuestionDraft[] = []): Promise<string[]> {
  const drafts: QuestionDraft[] = [
    ...Array.from({ length: count }, (_, index) => ({
      type: 'single' as const,
      stem: `Câu hỏi trực tiếp số ${index + 1} về Luật Thi đua, khen thưởng ${Math.random()}`,
      options: [
        { text: `Đúng ${index + 1}`, correct: true },
        { text: 'Sai một', correct: false },
        { text: 'Sai hai', correct: false },
        { text: 'Sai ba', correct: false },
      ],
      explanation: 'Theo Luật Thi đua, khen thưởng năm 2022.',
      status: 'approved' as const,
    })),
    ...extra,
  ];
  const service = app.app.get(QuestionsService);
  return app.app.get(DataSource).transaction((tx) => service.insertMany(null, unitId, drafts, tx));
}

export interface RoundKey {
  id: string;
  pin: string;
  /** per question: the right option ids and a wrong one */
  right: string[][];
  wrong: string[];
}

export async function createRound(app: TestApp, token: string, body: Record<string, unknown>): Promise<RoundKey> {
  const created = await app.post('/api/live-rounds', body, { token });
  if (created.status !== 201) throw new Error(`create round: ${created.status} ${JSON.stringify(created.body)}`);
  const round = await app.get(`/api/live-rounds/${created.body.id}`, { token });
  const questions: { options: { id: string; correct: boolean }[] }[] = round.body.questions;
  return {
    id: created.body.id,
    pin: created.body.pin,
    right: questions.map((question) => question.options.filter((option) => option.correct).map((option) => option.id)),
    wrong: questions.map((question) => question.options.find((option) => !option.correct)!.id),
  };
}

export function closeAll(sockets: Socket[]): void {
  for (const socket of sockets.splice(0)) socket.close();
}
