import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { CreatedUser, DuplicateGroup, PersonInput, RosterImportResult, User, UserPage } from '../api/types.js';
import { cleanInput } from '../text/input.js';

export const pageSize = 50;

/** One unit's roster: the current page of a search, and the actions on it. */
export class Roster {
  readonly unitId: string;
  query = $state('');
  page = $state(1);
  items = $state<User[]>([]);
  total = $state(0);
  loading = $state(false);
  error = $state<unknown>(null);

  pages = $derived(Math.max(1, Math.ceil(this.total / pageSize)));

  #request = 0;

  constructor(unitId: string) {
    this.unitId = unitId;
  }

  async load(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.error = null;
    try {
      const q = this.query.normalize('NFC').trim();
      const result = await call<UserPage>(
        api.GET('/api/users', {
          params: { query: { unitId: this.unitId, q: q || undefined, page: this.page, pageSize } },
        }),
      );
      if (request !== this.#request) return;
      this.items = result.items;
      this.total = result.total;
    } catch (error) {
      if (request === this.#request) this.error = error;
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  async search(query: string): Promise<void> {
    this.query = query;
    this.page = 1;
    await this.load();
  }

  async goTo(page: number): Promise<void> {
    this.page = Math.min(Math.max(1, page), this.pages);
    await this.load();
  }

  /** The password comes back only when the server generated it. */
  async create(input: PersonInput): Promise<CreatedUser> {
    const body = cleanInput({ ...input }, ['password']);
    const created = await call<CreatedUser>(api.POST('/api/users', { body }));
    await this.load();
    return created;
  }

  async resetPassword(id: string): Promise<string> {
    const { password } = await call<{ password: string }>(api.POST('/api/users/{id}/reset-password', { params: { path: { id } } }));
    return password;
  }

  async import(file: File, dryRun: boolean): Promise<RosterImportResult> {
    const body = new FormData();
    body.append('file', file);
    body.append('unitId', this.unitId);
    const result = await call<RosterImportResult>(
      api.POST('/api/users/import', { params: { query: { dryRun: dryRun ? 'true' : 'false' } }, body: body as never }),
    );
    if (!dryRun) await this.search('');
    return result;
  }
}

export async function loadDuplicates(): Promise<DuplicateGroup[]> {
  return call<DuplicateGroup[]>(api.GET('/api/users/duplicates'));
}
