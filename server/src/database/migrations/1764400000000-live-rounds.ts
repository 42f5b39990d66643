import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live rounds. A round's state is rebuilt by replaying its log: `live_event` (joins and host
 * commands) and `live_answer`, merged by `seq`, each with the server time it was applied at.
 */
export class LiveRounds1764400000000 implements MigrationInterface {
  name = 'LiveRounds1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE live_round (
        id uuid CONSTRAINT pk_live_round PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_unit_id uuid NOT NULL CONSTRAINT fk_live_round_owner_unit REFERENCES unit (id) ON DELETE RESTRICT,
        host_user_id uuid CONSTRAINT fk_live_round_host_user REFERENCES app_user (id) ON DELETE SET NULL,
        contest_id uuid CONSTRAINT fk_live_round_contest REFERENCES contest (id) ON DELETE SET NULL,
        title text NOT NULL,
        mode text NOT NULL CONSTRAINT ck_live_round_mode CHECK (mode IN ('speed', 'flat', 'elimination')),
        settings jsonb NOT NULL DEFAULT '{}',
        questions jsonb NOT NULL,
        pin text NOT NULL CONSTRAINT ck_live_round_pin CHECK (pin ~ '^[1-9][0-9]{5}$'),
        status text NOT NULL DEFAULT 'lobby' CONSTRAINT ck_live_round_status CHECK (status IN ('lobby', 'running', 'finished')),
        phase text NOT NULL DEFAULT 'lobby'
          CONSTRAINT ck_live_round_phase CHECK (phase IN ('lobby', 'question', 'closed', 'revealed', 'leaderboard', 'finished')),
        question_index integer NOT NULL DEFAULT -1,
        player_count integer NOT NULL DEFAULT 0,
        log_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX uq_live_round_pin_in_play ON live_round (pin) WHERE status <> 'finished'`);
    await runner.query(`CREATE INDEX ix_live_round_owner_unit ON live_round (owner_unit_id, created_at DESC)`);
    await runner.query(`CREATE INDEX ix_live_round_host_user ON live_round (host_user_id, created_at DESC)`);
    await runner.query(`
      CREATE TABLE live_player (
        id uuid CONSTRAINT pk_live_player PRIMARY KEY,
        round_id uuid NOT NULL CONSTRAINT fk_live_player_round REFERENCES live_round (id) ON DELETE CASCADE,
        user_id uuid CONSTRAINT fk_live_player_user REFERENCES app_user (id) ON DELETE SET NULL,
        nickname text NOT NULL,
        unit_id uuid CONSTRAINT fk_live_player_unit REFERENCES unit (id) ON DELETE SET NULL,
        resume_token_hash text NOT NULL,
        joined_at timestamptz NOT NULL,
        kicked_at timestamptz
      )`);
    await runner.query(`CREATE INDEX ix_live_player_round ON live_player (round_id)`);
    await runner.query(`CREATE UNIQUE INDEX uq_live_player_account ON live_player (round_id, user_id) WHERE user_id IS NOT NULL`);
    await runner.query(`
      CREATE TABLE live_event (
        round_id uuid NOT NULL CONSTRAINT fk_live_event_round REFERENCES live_round (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        type text NOT NULL
          CONSTRAINT ck_live_event_type CHECK (type IN ('join', 'kick', 'start', 'reveal', 'next', 'end', 'rescue')),
        payload jsonb NOT NULL DEFAULT '{}',
        actor_user_id uuid CONSTRAINT fk_live_event_actor REFERENCES app_user (id) ON DELETE SET NULL,
        at timestamptz NOT NULL,
        CONSTRAINT pk_live_event PRIMARY KEY (round_id, seq)
      )`);
    await runner.query(`
      CREATE TABLE live_answer (
        round_id uuid NOT NULL CONSTRAINT fk_live_answer_round REFERENCES live_round (id) ON DELETE CASCADE,
        player_id uuid NOT NULL CONSTRAINT fk_live_answer_player REFERENCES live_player (id) ON DELETE CASCADE,
        question_index integer NOT NULL,
        seq integer NOT NULL,
        response jsonb NOT NULL,
        answered_at timestamptz NOT NULL,
        response_ms integer NOT NULL,
        correct boolean NOT NULL,
        points integer NOT NULL,
        CONSTRAINT pk_live_answer PRIMARY KEY (player_id, question_index),
        CONSTRAINT uq_live_answer_seq UNIQUE (round_id, seq)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['live_answer', 'live_event', 'live_player', 'live_round']) await runner.query(`DROP TABLE ${table}`);
  }
}
