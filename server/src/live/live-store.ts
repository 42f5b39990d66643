import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import type { LiveCommand } from './engine/engine-types.js';
import type { LoggedCommand } from './engine/replay.js';
import type { LiveMode, LivePhase, LiveResponse } from './live-contract.js';
import type { FrozenQuestion, LiveRoundRecord, LiveRoundStatus, LiveSettings } from './live-round.model.js';

interface RoundRow {
  id: string;
  owner_unit_id: string;
  owner_unit_name: string;
  owner_path: string;
  host_user_id: string | null;
  host_name: string | null;
  contest_id: string | null;
  title: string;
  mode: LiveMode;
  settings: LiveSettings;
  questions: FrozenQuestion[];
  pin: string;
  status: LiveRoundStatus;
  phase: LivePhase;
  question_index: number;
  player_count: number;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface PlayerRecord {
  id: string;
  userId: string | null;
  nickname: string;
  unitId: string | null;
  unitName: string | null;
  tokenHash: string;
  joinedAt: Date;
  kickedAt: Date | null;
}

export interface AnswerRecord {
  playerId: string;
  questionIndex: number;
  seq: number;
  response: LiveResponse;
  answeredAt: Date;
  responseMs: number;
  correct: boolean;
  points: number;
}

export interface RoundLog {
  players: PlayerRecord[];
  answers: AnswerRecord[];
  /** joins, host commands and answers, in the round's one sequence */
  commands: LoggedCommand[];
  lastSeq: number;
  /** the host who issued each event */
  actors: Map<number, string | null>;
}

export interface ReportRoundRecord {
  id: string;
  title: string;
  mode: LiveMode;
  status: 'running' | 'finished';
  ownerUnitId: string;
  ownerUnitName: string;
  questionCount: number;
  date: Date;
  finishedAt: Date | null;
  players: number;
  schools: number;
}

export interface NewRound {
  ownerUnitId: string;
  hostUserId: string;
  contestId: string | null;
  title: string;
  mode: LiveMode;
  settings: LiveSettings;
  questions: FrozenQuestion[];
  pin: string;
}

const ROUND_COLUMNS = `r.id, r.owner_unit_id, owner.name AS owner_unit_name, owner.path AS owner_path, r.host_user_id,
  host.full_name AS host_name, r.contest_id, r.title, r.mode, r.settings, r.questions, r.pin, r.status, r.phase, r.question_index,
  r.player_count, r.created_at, r.started_at, r.finished_at
  FROM live_round r JOIN unit owner ON owner.id = r.owner_unit_id LEFT JOIN app_user host ON host.id = r.host_user_id`;

/** Live rounds in PostgreSQL: definitions, and the log a round is rebuilt from. Writes during play go through LiveWriter. */
@Injectable()
export class LiveStore {
  constructor(private readonly dataSource: DataSource) {}

  async insertRound(round: NewRound): Promise<string> {
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO live_round (owner_unit_id, host_user_id, contest_id, title, mode, settings, questions, pin)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        round.ownerUnitId,
        round.hostUserId,
        round.contestId,
        round.title,
        round.mode,
        JSON.stringify(round.settings),
        JSON.stringify(round.questions),
        round.pin,
      ],
    );
    return id;
  }

  async pinsInPlay(): Promise<Set<string>> {
    const rows: { pin: string }[] = await this.dataSource.query(`SELECT pin FROM live_round WHERE status <> 'finished'`);
    return new Set(rows.map((row) => row.pin));
  }

  async round(id: string): Promise<LiveRoundRecord | undefined> {
    const [row]: RoundRow[] = await this.dataSource.query(`SELECT ${ROUND_COLUMNS} WHERE r.id = $1`, [id]);
    return row && toRecord(row);
  }

  /** The round in play with this PIN; with `orFinished`, else the last finished one (a player coming back after the end). */
  async roundIdByPin(pin: string, orFinished: boolean): Promise<string | undefined> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM live_round WHERE pin = $1 AND ($2 OR status <> 'finished')
        ORDER BY (status <> 'finished') DESC, created_at DESC LIMIT 1`,
      [pin, orFinished],
    );
    return row?.id;
  }

  /** Rounds the caller hosts, or whose owner unit they manage; newest first. */
  async list(actor: AuthUser, limit = 200): Promise<LiveRoundRecord[]> {
    const rows: RoundRow[] = await this.dataSource.query(
      `SELECT ${ROUND_COLUMNS}
        WHERE $1::text IS NULL OR owner.path LIKE $1 || '%' OR r.host_user_id = $2
        ORDER BY r.created_at DESC LIMIT ${Math.floor(limit)}`,
      [actor.role === 'admin' ? null : (actor.unitPath ?? '/nothing/'), actor.id],
    );
    return rows.map(toRecord);
  }

  /** Running and finished rounds owned in the subtree at `path` (everywhere when null), with their players (not kicked) and schools; newest first. */
  async reportRounds(path: string | null, limit = 500): Promise<ReportRoundRecord[]> {
    const rows: {
      id: string;
      title: string;
      mode: LiveMode;
      status: 'running' | 'finished';
      owner_unit_id: string;
      owner_unit_name: string;
      questions: number;
      created_at: Date;
      started_at: Date | null;
      finished_at: Date | null;
      players: number;
      schools: number;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.title, r.mode, r.status, r.owner_unit_id, owner.name AS owner_unit_name,
              jsonb_array_length(r.questions)::int AS questions, r.created_at, r.started_at, r.finished_at,
              (SELECT count(*)::int FROM live_player p WHERE p.round_id = r.id AND p.kicked_at IS NULL) AS players,
              (SELECT count(DISTINCT p.unit_id)::int FROM live_player p WHERE p.round_id = r.id AND p.kicked_at IS NULL) AS schools
         FROM live_round r JOIN unit owner ON owner.id = r.owner_unit_id
        WHERE r.status IN ('running', 'finished') AND ($1::text IS NULL OR owner.path LIKE $1 || '%')
        ORDER BY coalesce(r.started_at, r.created_at) DESC, r.id LIMIT ${Math.floor(limit)}`,
      [path],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      mode: row.mode,
      status: row.status,
      ownerUnitId: row.owner_unit_id,
      ownerUnitName: row.owner_unit_name,
      questionCount: row.questions,
      date: new Date(row.started_at ?? row.created_at),
      finishedAt: row.finished_at ? new Date(row.finished_at) : null,
      players: row.players,
      schools: row.schools,
    }));
  }

  /** Schools in the subtree at `path`, by name. */
  async schoolsUnder(path: string): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(`SELECT id, name FROM unit WHERE kind = 'school' AND path LIKE $1 || '%' ORDER BY name, id`, [path]);
  }

  async log(roundId: string): Promise<RoundLog> {
    const players: {
      id: string;
      user_id: string | null;
      nickname: string;
      unit_id: string | null;
      unit_name: string | null;
      resume_token_hash: string;
      joined_at: Date;
      kicked_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.user_id, p.nickname, p.unit_id, u.name AS unit_name, p.resume_token_hash, p.joined_at, p.kicked_at
         FROM live_player p LEFT JOIN unit u ON u.id = p.unit_id WHERE p.round_id = $1`,
      [roundId],
    );
    const events: { seq: number; type: string; payload: Record<string, unknown>; actor_user_id: string | null; at: Date }[] =
      await this.dataSource.query(`SELECT seq, type, payload, actor_user_id, at FROM live_event WHERE round_id = $1 ORDER BY seq`, [
        roundId,
      ]);
    const answers: {
      player_id: string;
      question_index: number;
      seq: number;
      response: LiveResponse;
      answered_at: Date;
      response_ms: number;
      correct: boolean;
      points: number;
    }[] = await this.dataSource.query(
      `SELECT player_id, question_index, seq, response, answered_at, response_ms, correct, points
         FROM live_answer WHERE round_id = $1 ORDER BY seq`,
      [roundId],
    );
    const playerRecords: PlayerRecord[] = players.map((row) => ({
      id: row.id,
      userId: row.user_id,
      nickname: row.nickname,
      unitId: row.unit_id,
      unitName: row.unit_name,
      tokenHash: row.resume_token_hash,
      joinedAt: new Date(row.joined_at),
      kickedAt: row.kicked_at ? new Date(row.kicked_at) : null,
    }));
    const byId = new Map(playerRecords.map((player) => [player.id, player]));
    const commands: LoggedCommand[] = [];
    const actors = new Map<number, string | null>();
    for (const event of events) {
      const command = toCommand(event.type, event.payload, byId);
      if (command) commands.push({ seq: event.seq, at: new Date(event.at).getTime(), command });
      actors.set(event.seq, event.actor_user_id);
    }
    const answerRecords: AnswerRecord[] = answers.map((row) => ({
      playerId: row.player_id,
      questionIndex: row.question_index,
      seq: row.seq,
      response: row.response,
      answeredAt: new Date(row.answered_at),
      responseMs: row.response_ms,
      correct: row.correct,
      points: row.points,
    }));
    for (const answer of answerRecords) {
      commands.push({
        seq: answer.seq,
        at: answer.answeredAt.getTime(),
        command: { type: 'answer', playerId: answer.playerId, questionIndex: answer.questionIndex, response: answer.response },
      });
    }
    commands.sort((a, b) => a.seq - b.seq);
    return { players: playerRecords, answers: answerRecords, commands, lastSeq: commands.at(-1)?.seq ?? 0, actors };
  }
}

function toCommand(type: string, payload: Record<string, unknown>, players: Map<string, PlayerRecord>): LiveCommand | undefined {
  switch (type) {
    case 'join': {
      const player = players.get(String(payload.playerId));
      if (!player) return undefined;
      return { type: 'join', playerId: player.id, nickname: player.nickname, unitId: player.unitId, unitName: player.unitName };
    }
    case 'kick':
      return { type: 'kick', playerId: String(payload.playerId) };
    case 'rescue':
      return { type: 'rescue', scope: payload.scope === 'all' ? 'all' : 'last' };
    case 'start':
    case 'reveal':
    case 'next':
    case 'end':
      return { type };
    default:
      return undefined;
  }
}

function toRecord(row: RoundRow): LiveRoundRecord {
  return {
    id: row.id,
    ownerUnitId: row.owner_unit_id,
    ownerUnitName: row.owner_unit_name,
    ownerPath: row.owner_path,
    hostUserId: row.host_user_id,
    hostName: row.host_name,
    contestId: row.contest_id,
    title: row.title,
    mode: row.mode,
    settings: row.settings,
    questions: row.questions,
    pin: row.pin,
    status: row.status,
    phase: row.phase,
    questionIndex: row.question_index,
    playerCount: row.player_count,
    createdAt: new Date(row.created_at),
    startedAt: row.started_at ? new Date(row.started_at) : null,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
  };
}
