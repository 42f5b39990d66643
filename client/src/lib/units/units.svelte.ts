import { api } from '../api/client.js';
import { call } from '../api/errors.js';
import type { components } from '../api/schema';
import type { Unit, UnitImportResult, UnitInput } from '../api/types.js';
import { cleanInput } from '../text/input.js';
import { buildTree, type TreeNode } from './tree.js';

// The server documents the headcounts as objects (a missing `type: Number` in its DTO); they are numbers.
type CreateBody = components['schemas']['CreateUnitDto'];
type UpdateBody = components['schemas']['UpdateUnitDto'];

/** The units the caller may manage, as a flat list and as a tree. */
export class UnitsStore {
  list = $state<Unit[]>([]);
  loading = $state(false);
  loaded = $state(false);
  error = $state<unknown>(null);

  tree: TreeNode<Unit>[] = $derived(buildTree(this.list));
  // Rebuilt whenever the list changes and never mutated, so a plain Map is enough.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  byId: Map<string, Unit> = $derived(new Map(this.list.map((unit) => [unit.id, unit])));

  async load(): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      this.list = await call<Unit[]>(api.GET('/api/units'));
      this.loaded = true;
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
    }
  }

  async create(input: UnitInput): Promise<Unit> {
    const body = cleanInput({ ...input }) as CreateBody;
    const unit = await call<Unit>(api.POST('/api/units', { body }));
    await this.load();
    return unit;
  }

  async update(id: string, input: UnitInput): Promise<Unit> {
    const body = {
      ...cleanInput({ ...input }),
      level: input.level ?? null,
      parentId: input.parentId,
      staffCount: input.staffCount ?? null,
      studentCount: input.studentCount ?? null,
    } as unknown as UpdateBody;
    const unit = await call<Unit>(api.PATCH('/api/units/{id}', { params: { path: { id } }, body }));
    await this.load();
    return unit;
  }

  async remove(id: string): Promise<void> {
    await call(api.DELETE('/api/units/{id}', { params: { path: { id } } }));
    this.list = this.list.filter((unit) => unit.id !== id);
  }

  async import(file: File, dryRun: boolean): Promise<UnitImportResult> {
    const body = new FormData();
    body.append('file', file);
    const result = await call<UnitImportResult>(
      api.POST('/api/units/import', { params: { query: { dryRun: dryRun ? 'true' : 'false' } }, body: body as never }),
    );
    if (!dryRun) await this.load();
    return result;
  }
}

export const templateUrl = (resource: 'units' | 'users', format: 'xlsx' | 'csv') => `/api/${resource}/import/template?format=${format}`;
