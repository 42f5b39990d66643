// One socket.io connection to /live and the `{ data } | { error }` envelope of every ack.
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE } from '../../../../server/src/live/live-contract.js';
import { t } from '../i18n/i18n.svelte.js';

export type Connection = 'connecting' | 'live' | 'reconnecting';

export interface LiveFailure {
  code: string;
  message: string;
}

export class LiveAckError extends Error implements LiveFailure {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LiveAckError';
  }
}

type Envelope<T> = { data: T } | { error: LiveFailure };

export const ACK_TIMEOUT_MS = 8_000;

/** WebSocket first (a hall of phones), long polling when a network blocks it; the session cookie goes along. */
export function connectLive(): Socket {
  return io(LIVE_NAMESPACE, { withCredentials: true, transports: ['websocket', 'polling'], tryAllTransports: true });
}

/** Emits and resolves with the ack's data; throws a LiveAckError with the server's code (or TIMEOUT). */
export async function request<T>(socket: Socket, event: string, payload: unknown, timeoutMs = ACK_TIMEOUT_MS): Promise<T> {
  let envelope: Envelope<T>;
  try {
    envelope = (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Envelope<T>;
  } catch {
    throw new LiveAckError('TIMEOUT', t('live.error.timeout'));
  }
  if (envelope && typeof envelope === 'object' && 'error' in envelope) {
    throw new LiveAckError(envelope.error.code, envelope.error.message || t('error.unknown'));
  }
  return (envelope as { data: T }).data;
}

export function asFailure(error: unknown): LiveFailure {
  if (error instanceof LiveAckError) return { code: error.code, message: error.message };
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return {
    code: typeof code === 'string' ? code : 'UNKNOWN',
    message: typeof message === 'string' && message ? message : t('error.unknown'),
  };
}
