import type { DataSource } from 'typeorm';
import type { LivePhase, LiveResponse } from './live-contract.js';
import type { LiveRoundStatus } from './live-round.model.js';

export interface PlayerInsert {
  id: string;
  userId: string | null;
  nickname: string;
  unitId: string | null;
  tokenHash: string;
  joinedAt: number;
}

export interface EventInsert {
  seq: number;
  type: 'join' | 'kick' | 'start' | 'reveal' | 'next' | 'end' | 'rescue';
  payload: Record<string, unknown>;
  actorUserId: string | null;
  at: number;
}

export interface AnswerInsert {
  playerId: string;
  questionIndex: number;
  seq: number;
  response: LiveResponse;
  answeredAt: number;
  responseMs: number;
  correct: boolean;
  points: number;
}

export interface RoundUpdate {
  /** the sequence number of the last command applied: an older update never overwrites a newer one */
  seq: number;
  status: LiveRoundStatus;
  phase: LivePhase;
  questionIndex: number;
  playerCount: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/** What one command writes; the writer merges many into one statement per table. */
export interface WritePart {
  player?: PlayerInsert;
  event?: EventInsert;
  answer?: AnswerInsert;
  token?: { playerId: string; tokenHash: string };
  kick?: { playerId: string; at: number };
  round?: RoundUpdate;
}

export interface Pending {
  players: PlayerInsert[];
  events: EventInsert[];
  answers: AnswerInsert[];
  tokens: { playerId: string; tokenHash: string }[];
  kicks: { playerId: string; at: number }[];
  round: RoundUpdate | undefined;
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

const date = (ms: number) => new Date(ms);

/**
 * Group commit for one round: what arrives while a write is in flight goes out together in the
 * next, as one statement. On PostgreSQL two statements may be in flight (the embedded database has
 * one connection); callers are still resolved in order, each only once its batch and every earlier
 * one are committed, so nothing is acknowledged that a rebuild could miss.
 */
export class LiveWriter {
  private pending = emptyPending();
  private inFlight = 0;
  private scheduled = false;
  /** settles when every batch taken so far has settled; never rejects */
  private tail: Promise<boolean> = Promise.resolve(true);

  constructor(
    private readonly dataSource: DataSource,
    private readonly roundId: string,
    private readonly maxInFlight: number,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  write(part: WritePart): Promise<void> {
    return new Promise((resolve, reject) => {
      const pending = this.pending;
      if (part.player) pending.players.push(part.player);
      if (part.event) pending.events.push(part.event);
      if (part.answer) pending.answers.push(part.answer);
      if (part.token) pending.tokens.push(part.token);
      if (part.kick) pending.kicks.push(part.kick);
      if (part.round) pending.round = part.round;
      pending.waiters.push({ resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once everything written so far is committed (or failed). */
  async drain(): Promise<void> {
    while (this.inFlight > 0 || this.pending.waiters.length > 0) {
      this.flush();
      await this.tail;
      if (this.inFlight > 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    // After the I/O callbacks of this turn, so the answers that arrived together share a statement.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.pending.waiters.length === 0 || this.inFlight >= this.maxInFlight) return;
    const batch = this.pending;
    this.pending = emptyPending();
    this.inFlight++;
    const committed = this.commit(batch);
    const earlier = this.tail;
    this.tail = Promise.all([earlier, committed.then(() => true)]).then(
      ([earlierOk]) => {
        if (earlierOk) batch.waiters.forEach((waiter) => waiter.resolve());
        else batch.waiters.forEach((waiter) => waiter.reject(new Error('An earlier write of this round failed')));
        return earlierOk;
      },
      (error: unknown) => {
        batch.waiters.forEach((waiter) => waiter.reject(error));
        this.onFailure(error);
        return false;
      },
    );
    void committed
      .catch(() => undefined)
      .finally(() => {
        this.inFlight--;
        if (this.pending.waiters.length > 0) this.schedule();
      });
  }

  private async commit(batch: Pending): Promise<void> {
    const [sql, params] = statementOf(this.roundId, batch);
    await this.dataSource.query(sql, params);
  }
}

/**
 * The whole batch as one statement (data-modifying CTEs): one round trip, atomic without BEGIN and
 * COMMIT. A token or kick for a player inserted in the same batch goes into the insert itself, as
 * a statement cannot update the rows it inserts.
 */
export function statementOf(roundId: string, batch: Pending): [string, unknown[]] {
  const params: unknown[] = [roundId];
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const parts: string[] = [];
  const inserted = new Map(batch.players.map((player) => [player.id, { ...player, kickedAt: null as number | null }]));
  const updates = new Map<string, { tokenHash: string | null; kickedAt: number | null }>();
  for (const { playerId, tokenHash } of batch.tokens) {
    const fresh = inserted.get(playerId);
    if (fresh) fresh.tokenHash = tokenHash;
    else updates.set(playerId, { tokenHash, kickedAt: updates.get(playerId)?.kickedAt ?? null });
  }
  for (const { playerId, at } of batch.kicks) {
    const fresh = inserted.get(playerId);
    if (fresh) fresh.kickedAt = at;
    else updates.set(playerId, { tokenHash: updates.get(playerId)?.tokenHash ?? null, kickedAt: at });
  }
  if (inserted.size > 0) {
    const rows = [...inserted.values()];
    parts.push(
      `INSERT INTO live_player (id, round_id, user_id, nickname, unit_id, resume_token_hash, joined_at, kicked_at)
       SELECT v.id, $1::uuid, v.user_id, v.nickname, v.unit_id, v.token, v.joined_at, v.kicked_at
         FROM unnest(${param(
           rows.map((row) => row.id),
           'uuid[]',
         )}, ${param(
           rows.map((row) => row.userId),
           'uuid[]',
         )},
                     ${param(
                       rows.map((row) => row.nickname),
                       'text[]',
                     )}, ${param(
                       rows.map((row) => row.unitId),
                       'uuid[]',
                     )},
                     ${param(
                       rows.map((row) => row.tokenHash),
                       'text[]',
                     )}, ${param(
                       rows.map((row) => date(row.joinedAt)),
                       'timestamptz[]',
                     )},
                     ${param(
                       rows.map((row) => (row.kickedAt === null ? null : date(row.kickedAt))),
                       'timestamptz[]',
                     )})
           AS v(id, user_id, nickname, unit_id, token, joined_at, kicked_at)`,
    );
  }
  if (batch.events.length > 0) {
    const rows = batch.events;
    parts.push(
      `INSERT INTO live_event (round_id, seq, type, payload, actor_user_id, at)
       SELECT $1::uuid, * FROM unnest(${param(
         rows.map((row) => row.seq),
         'int[]',
       )}, ${param(
         rows.map((row) => row.type),
         'text[]',
       )},
                                ${param(
                                  rows.map((row) => JSON.stringify(row.payload)),
                                  'jsonb[]',
                                )},
                                ${param(
                                  rows.map((row) => row.actorUserId),
                                  'uuid[]',
                                )}, ${param(
                                  rows.map((row) => date(row.at)),
                                  'timestamptz[]',
                                )})`,
    );
  }
  if (batch.answers.length > 0) {
    const rows = batch.answers;
    parts.push(
      `INSERT INTO live_answer (round_id, player_id, question_index, seq, response, answered_at, response_ms, correct, points)
       SELECT $1::uuid, * FROM unnest(${param(
         rows.map((row) => row.playerId),
         'uuid[]',
       )}, ${param(
         rows.map((row) => row.questionIndex),
         'int[]',
       )},
                                ${param(
                                  rows.map((row) => row.seq),
                                  'int[]',
                                )}, ${param(
                                  rows.map((row) => JSON.stringify(row.response)),
                                  'jsonb[]',
                                )},
                                ${param(
                                  rows.map((row) => date(row.answeredAt)),
                                  'timestamptz[]',
                                )}, ${param(
                                  rows.map((row) => row.responseMs),
                                  'int[]',
                                )},
                                ${param(
                                  rows.map((row) => row.correct),
                                  'bool[]',
                                )}, ${param(
                                  rows.map((row) => row.points),
                                  'int[]',
                                )})`,
    );
  }
  if (updates.size > 0) {
    const ids = [...updates.keys()];
    const values = [...updates.values()];
    parts.push(
      `UPDATE live_player p SET resume_token_hash = coalesce(v.token, p.resume_token_hash), kicked_at = coalesce(v.kicked_at, p.kicked_at)
         FROM unnest(${param(ids, 'uuid[]')}, ${param(
           values.map((value) => value.tokenHash),
           'text[]',
         )},
                     ${param(
                       values.map((value) => (value.kickedAt === null ? null : date(value.kickedAt))),
                       'timestamptz[]',
                     )})
           AS v(id, token, kicked_at)
        WHERE p.id = v.id AND p.round_id = $1::uuid`,
    );
  }
  if (batch.round) {
    const round = batch.round;
    parts.push(
      `UPDATE live_round SET status = ${param(round.status, 'text')}, phase = ${param(round.phase, 'text')},
              question_index = ${param(round.questionIndex, 'int')}, player_count = ${param(round.playerCount, 'int')},
              started_at = coalesce(started_at, ${param(round.startedAt === null ? null : date(round.startedAt), 'timestamptz')}),
              finished_at = coalesce(finished_at, ${param(round.finishedAt === null ? null : date(round.finishedAt), 'timestamptz')}),
              log_seq = ${param(round.seq, 'int')}, updated_at = now()
        WHERE id = $1::uuid AND log_seq <= ${param(round.seq, 'int')}`,
    );
  }
  if (parts.length === 1) return [parts[0]!, params];
  const sql = `WITH ${parts
    .slice(0, -1)
    .map((part, index) => `w${index} AS (${part})`)
    .join(',\n')}\n${parts.at(-1)}`;
  return [sql, params];
}

function emptyPending(): Pending {
  return { players: [], events: [], answers: [], tokens: [], kicks: [], round: undefined, waiters: [] };
}
