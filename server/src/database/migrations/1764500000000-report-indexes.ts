import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports check on every read whether a round has new submissions (a count and the latest submission time), read its
 * submitted attempts, and ask who of a unit took part; the first index answers all three from the index alone. The
 * second counts the accounts of each unit by role and kind (the "registered" column) without reading the table.
 */
export class ReportIndexes1764500000000 implements MigrationInterface {
  name = 'ReportIndexes1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE INDEX ix_attempt_round_submitted ON attempt (round_id, user_id)
        INCLUDE (id, unit_id, number, correct_count, score, duration_ms, submitted_at, prediction, question_count)
        WHERE status = 'submitted'`);
    await runner.query(`CREATE INDEX ix_app_user_unit_role_kind ON app_user (unit_id, role, kind)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ix_app_user_unit_role_kind`);
    await runner.query(`DROP INDEX ix_attempt_round_submitted`);
  }
}
