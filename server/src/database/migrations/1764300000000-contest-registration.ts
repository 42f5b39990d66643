import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-contest self-registration and late-start rules; who enrolled themselves in which contest. */
export class ContestRegistration1764300000000 implements MigrationInterface {
  name = 'ContestRegistration1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE contest
        ADD COLUMN registration text NOT NULL DEFAULT 'audience_only'
          CONSTRAINT ck_contest_registration CHECK (registration IN ('audience_only', 'open')),
        ADD COLUMN late_start jsonb NOT NULL DEFAULT '{"mode": "until_close"}'
          CONSTRAINT ck_contest_late_start CHECK (late_start ->> 'mode' IN ('until_close', 'full_duration', 'minutes_before_close'))`);
    await runner.query(`
      CREATE TABLE contest_registration (
        contest_id uuid NOT NULL CONSTRAINT fk_contest_registration_contest REFERENCES contest (id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_contest_registration_user REFERENCES app_user (id) ON DELETE CASCADE,
        unit_id uuid CONSTRAINT fk_contest_registration_unit REFERENCES unit (id) ON DELETE SET NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_contest_registration PRIMARY KEY (contest_id, user_id)
      )`);
    await runner.query(`CREATE INDEX ix_contest_registration_user ON contest_registration (user_id)`);
    await runner.query(`CREATE INDEX ix_contest_registration_unit ON contest_registration (contest_id, unit_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE contest_registration`);
    await runner.query(`ALTER TABLE contest DROP COLUMN late_start, DROP COLUMN registration`);
  }
}
