import type { Repository } from 'typeorm';
import { usernameBase } from '../common/text/vietnamese.js';
import type { User } from './user.entity.js';

/** Turns full names into unique ASCII usernames: "annv", "annv2", "annv3"… also unique within one batch. */
export class UsernameAllocator {
  private readonly taken = new Set<string>();

  constructor(private readonly users: Repository<User>) {}

  async allocate(fullName: string): Promise<string> {
    const base = usernameBase(fullName);
    const rows: { username: string }[] = await this.users.query(
      `SELECT username FROM app_user WHERE username = $1 OR username ~ ('^' || $1 || '[0-9]+$')`,
      [base],
    );
    for (const row of rows) this.taken.add(row.username);
    if (!this.taken.has(base)) return this.claim(base);
    for (let suffix = 2; ; suffix++) {
      const candidate = `${base}${suffix}`;
      if (!this.taken.has(candidate)) return this.claim(candidate);
    }
  }

  private claim(username: string): string {
    this.taken.add(username);
    return username;
  }
}
