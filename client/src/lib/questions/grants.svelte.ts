import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { BankGrant, User, UserPage } from '../api/types.js';
import { toNfc } from '../text/fold.js';
import { organizersOf } from './references.js';

/** The server has no role filter: one large page is searched and its organizers kept. */
export const searchPageSize = 500;

/** Lets an organizer edit another unit's question bank (the server checks the caller manages that unit). */
export async function grantBank(grant: BankGrant): Promise<void> {
  await call(api.POST('/api/questions/grants', { body: grant }));
}

/** The organizer search of the grant form: by name or username, optionally inside one unit's subtree. */
export class OrganizerSearch {
  query = $state('');
  unitId = $state<string | null>(null);
  items = $state<User[]>([]);
  /** People matched before keeping organizers only; more than one page means the search should be narrowed. */
  matched = $state(0);
  loading = $state(false);
  loaded = $state(false);
  error = $state<unknown>(null);

  #request = 0;

  /** More people matched than one page holds: some organizers may be missing. */
  get truncated(): boolean {
    return this.matched > searchPageSize;
  }

  async load(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.error = null;
    try {
      const q = toNfc(this.query).trim();
      const page = await call<UserPage>(
        api.GET('/api/users', {
          params: { query: { q: q || undefined, unitId: this.unitId ?? undefined, page: 1, pageSize: searchPageSize } },
        }),
      );
      if (request !== this.#request) return;
      this.items = organizersOf(page.items);
      this.matched = page.total;
      this.loaded = true;
    } catch (error) {
      if (request === this.#request) this.error = error;
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }
}
