import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE app_setting (
        key text CONSTRAINT pk_app_setting PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE unit (
        id uuid CONSTRAINT pk_unit PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        name_folded text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_unit_kind CHECK (kind IN ('department', 'commune', 'school', 'other')),
        level text CONSTRAINT ck_unit_level CHECK (level IN ('MN', 'TH', 'THCS', 'THPT', 'LC')),
        parent_id uuid CONSTRAINT fk_unit_parent REFERENCES unit (id) ON DELETE RESTRICT,
        path text NOT NULL,
        staff_count integer CONSTRAINT ck_unit_staff_count CHECK (staff_count >= 0),
        student_count integer CONSTRAINT ck_unit_student_count CHECK (student_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_unit_code UNIQUE (code),
        CONSTRAINT ck_unit_school_level CHECK (kind <> 'school' OR level IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX ix_unit_parent ON unit (parent_id)`);
    await runner.query(`CREATE INDEX ix_unit_path ON unit (path text_pattern_ops)`);
    await runner.query(`
      CREATE TABLE app_user (
        id uuid CONSTRAINT pk_app_user PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        full_name_folded text NOT NULL,
        role text NOT NULL CONSTRAINT ck_app_user_role CHECK (role IN ('admin', 'organizer', 'participant')),
        unit_id uuid CONSTRAINT fk_app_user_unit REFERENCES unit (id) ON DELETE RESTRICT,
        kind text CONSTRAINT ck_app_user_kind CHECK (kind IN ('staff', 'student')),
        class_name text,
        position text,
        birth_date date,
        phone text,
        disabled boolean NOT NULL DEFAULT false,
        self_registered boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_app_user_username UNIQUE (username),
        CONSTRAINT ck_app_user_scope CHECK (role = 'admin' OR unit_id IS NOT NULL),
        CONSTRAINT ck_app_user_participant_kind CHECK (role <> 'participant' OR kind IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX uq_app_user_phone ON app_user (phone) WHERE phone IS NOT NULL`);
    await runner.query(`CREATE INDEX ix_app_user_unit ON app_user (unit_id)`);
    await runner.query(`CREATE INDEX ix_app_user_identity ON app_user (full_name_folded, birth_date)`);
    await runner.query(`
      CREATE TABLE session (
        id uuid CONSTRAINT pk_session PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_session_user REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await runner.query(`CREATE INDEX ix_session_user ON session (user_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE session`);
    await runner.query(`DROP TABLE app_user`);
    await runner.query(`DROP TABLE unit`);
    await runner.query(`DROP TABLE app_setting`);
  }
}
