import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface UnitRegistrations {
  unitId: string | null;
  registered: number;
}

/** The `contest_registration` table: participants who enrolled themselves in a contest outside its audience. */
@Injectable()
export class ContestRegistrations {
  constructor(private readonly dataSource: DataSource) {}

  /** Enrols once: a repeat (a double tap, two devices) keeps the first registration. */
  async add(contestId: string, userId: string, unitId: string | null, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO contest_registration (contest_id, user_id, unit_id, registered_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (contest_id, user_id) DO NOTHING`,
      [contestId, userId, unitId, now],
    );
  }

  async has(contestId: string, userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM contest_registration WHERE contest_id = $1 AND user_id = $2`, [
      contestId,
      userId,
    ]);
    return rows.length > 0;
  }

  /** The contests a person enrolled in, among `contestIds`. */
  async contestsOf(userId: string, contestIds: string[]): Promise<Set<string>> {
    if (contestIds.length === 0) return new Set();
    const rows: { contest_id: string }[] = await this.dataSource.query(
      `SELECT contest_id FROM contest_registration WHERE user_id = $1 AND contest_id = ANY($2)`,
      [userId, contestIds],
    );
    return new Set(rows.map((row) => row.contest_id));
  }

  async count(contestId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM contest_registration WHERE contest_id = $1`, [
      contestId,
    ]);
    return count;
  }

  /** Registrations per unit of the person when they enrolled. */
  async countByUnit(contestId: string): Promise<UnitRegistrations[]> {
    const rows: { unit_id: string | null; registered: number }[] = await this.dataSource.query(
      `SELECT unit_id, count(*)::int AS registered FROM contest_registration WHERE contest_id = $1 GROUP BY unit_id ORDER BY unit_id`,
      [contestId],
    );
    return rows.map((row) => ({ unitId: row.unit_id, registered: row.registered }));
  }
}
