import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TimedContests1764200000000 implements MigrationInterface {
  name = 'TimedContests1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE contest (
        id uuid CONSTRAINT pk_contest PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_unit_id uuid NOT NULL CONSTRAINT fk_contest_owner_unit REFERENCES unit (id) ON DELETE RESTRICT,
        title text NOT NULL,
        description text,
        rules text,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_contest_status CHECK (status IN ('draft', 'published', 'archived')),
        audience jsonb NOT NULL DEFAULT '{}',
        duration_seconds integer NOT NULL DEFAULT 1200 CONSTRAINT ck_contest_duration CHECK (duration_seconds BETWEEN 30 AND 86400),
        question_count integer NOT NULL DEFAULT 20 CONSTRAINT ck_contest_question_count CHECK (question_count BETWEEN 1 AND 200),
        draw_matrix jsonb NOT NULL DEFAULT '[]',
        pool jsonb NOT NULL DEFAULT '[]',
        attempts_allowed integer NOT NULL DEFAULT 3 CONSTRAINT ck_contest_attempts CHECK (attempts_allowed BETWEEN 1 AND 100),
        counting text NOT NULL DEFAULT 'best' CONSTRAINT ck_contest_counting CHECK (counting IN ('best', 'last')),
        prediction_enabled boolean NOT NULL DEFAULT true,
        tie_breaks jsonb NOT NULL DEFAULT '["prediction", "time", "submitted"]',
        review_policy text NOT NULL DEFAULT 'after_close' CONSTRAINT ck_contest_review_policy CHECK (review_policy IN ('immediately', 'after_close', 'never')),
        review_shows jsonb NOT NULL DEFAULT '{"score": true, "correctness": true, "key": true, "explanation": true}',
        prize_count integer NOT NULL DEFAULT 10,
        demo boolean NOT NULL DEFAULT false,
        created_by uuid CONSTRAINT fk_contest_created_by REFERENCES app_user (id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ix_contest_status ON contest (status)`);
    await runner.query(`
      CREATE TABLE contest_round (
        id uuid CONSTRAINT pk_contest_round PRIMARY KEY DEFAULT gen_random_uuid(),
        contest_id uuid NOT NULL CONSTRAINT fk_contest_round_contest REFERENCES contest (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        CONSTRAINT uq_contest_round_position UNIQUE (contest_id, position),
        CONSTRAINT ck_contest_round_window CHECK (closes_at > opens_at)
      )`);
    await runner.query(`
      CREATE TABLE contest_window_change (
        id uuid CONSTRAINT pk_contest_window_change PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL CONSTRAINT fk_contest_window_change_round REFERENCES contest_round (id) ON DELETE CASCADE,
        old_closes_at timestamptz NOT NULL,
        new_closes_at timestamptz NOT NULL,
        changed_by uuid CONSTRAINT fk_contest_window_change_user REFERENCES app_user (id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE attempt (
        id uuid CONSTRAINT pk_attempt PRIMARY KEY DEFAULT gen_random_uuid(),
        contest_id uuid NOT NULL CONSTRAINT fk_attempt_contest REFERENCES contest (id) ON DELETE CASCADE,
        round_id uuid NOT NULL CONSTRAINT fk_attempt_round REFERENCES contest_round (id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_attempt_user REFERENCES app_user (id) ON DELETE CASCADE,
        unit_id uuid CONSTRAINT fk_attempt_unit REFERENCES unit (id) ON DELETE SET NULL,
        number integer NOT NULL,
        status text NOT NULL DEFAULT 'active' CONSTRAINT ck_attempt_status CHECK (status IN ('active', 'submitted')),
        started_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        submitted_at timestamptz,
        submitted_by text CONSTRAINT ck_attempt_submitted_by CHECK (submitted_by IN ('participant', 'sweeper')),
        question_count integer NOT NULL,
        correct_count integer,
        score double precision,
        duration_ms integer,
        prediction integer CONSTRAINT ck_attempt_prediction CHECK (prediction >= 0),
        CONSTRAINT uq_attempt_number UNIQUE (round_id, user_id, number)
      )`);
    await runner.query(`CREATE UNIQUE INDEX uq_attempt_active ON attempt (round_id, user_id) WHERE status = 'active'`);
    await runner.query(`CREATE INDEX ix_attempt_sweep ON attempt (deadline_at) WHERE status = 'active'`);
    await runner.query(`CREATE INDEX ix_attempt_round_status ON attempt (round_id, status)`);
    await runner.query(`CREATE INDEX ix_attempt_user ON attempt (user_id)`);
    await runner.query(`
      CREATE TABLE attempt_item (
        attempt_id uuid NOT NULL CONSTRAINT fk_attempt_item_attempt REFERENCES attempt (id) ON DELETE CASCADE,
        position integer NOT NULL,
        question_id uuid NOT NULL CONSTRAINT fk_attempt_item_question REFERENCES question (id) ON DELETE RESTRICT,
        version integer NOT NULL,
        option_map jsonb NOT NULL DEFAULT '[]',
        CONSTRAINT pk_attempt_item PRIMARY KEY (attempt_id, position),
        CONSTRAINT uq_attempt_item_question UNIQUE (attempt_id, question_id)
      )`);
    await runner.query(`
      CREATE TABLE attempt_answer (
        attempt_id uuid NOT NULL CONSTRAINT fk_attempt_answer_attempt REFERENCES attempt (id) ON DELETE CASCADE,
        question_id uuid NOT NULL,
        response jsonb NOT NULL,
        seq integer NOT NULL,
        saved_at timestamptz NOT NULL,
        correct boolean,
        credit double precision,
        CONSTRAINT pk_attempt_answer PRIMARY KEY (attempt_id, question_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['attempt_answer', 'attempt_item', 'attempt', 'contest_window_change', 'contest_round', 'contest']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
