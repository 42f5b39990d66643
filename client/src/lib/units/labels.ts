import type { PublicUnit } from '../api/types.js';
import { t } from '../i18n/i18n.svelte.js';

/** "Trường · Tiểu học" — the kind, and the level when there is one. */
export function describeUnit(unit: Pick<PublicUnit, 'kind' | 'level'>): string {
  const kind = t(`unitKind.${unit.kind}`);
  return unit.level ? `${kind} · ${t(`unitLevel.${unit.level}`)}` : kind;
}
