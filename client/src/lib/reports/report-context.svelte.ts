import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { Contest, Unit } from '../api/types.js';
import { getContest } from '../contests/contests-api.js';
import { session } from '../session.svelte.js';

/** What every report page of a contest needs: the contest, its rounds, and the units the reader may see. */
export class ReportContext {
  contest = $state<Contest | null>(null);
  units = $state<Unit[]>([]);
  error = $state<unknown>(null);

  constructor(readonly contestId: string) {}

  async load(): Promise<void> {
    this.error = null;
    try {
      const [contest, units] = await Promise.all([
        getContest(this.contestId),
        // The names for the breadcrumb and the header; the report itself works without them.
        call<Unit[]>(api.GET('/api/units')).catch(() => [] as Unit[]),
      ]);
      this.contest = contest;
      this.units = units;
    } catch (error) {
      this.error = error;
    }
  }

  /**
   * The top of the reader's report, as the server picks it: the contest's organizing unit when the reader
   * manages it (it is then in their list), otherwise the reader's own unit.
   */
  get rootId(): string | null {
    if (!this.contest) return null;
    if (this.units.some((unit) => unit.id === this.contest!.ownerUnitId)) return this.contest.ownerUnitId;
    return session.user?.unitId ?? this.contest.ownerUnitId;
  }

  unit(id: string | null | undefined): Unit | undefined {
    return id ? this.units.find((unit) => unit.id === id) : undefined;
  }
}
