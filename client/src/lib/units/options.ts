import type { ComboOption } from '../components/Combobox.svelte';
import type { PublicUnit } from '../api/types.js';
import { ancestorsOf, buildTree, flattenTree } from './tree.js';

/** Units as combobox options in tree order; the detail line shows where the unit sits. */
export function unitOptions(units: readonly (PublicUnit & { code?: string })[], describe: (unit: PublicUnit) => string): ComboOption[] {
  return flattenTree(buildTree(units)).map(({ unit }) => {
    const ancestors = ancestorsOf(units, unit.id);
    const parent = ancestors.at(-1)?.name;
    return {
      id: unit.id,
      label: unit.name,
      detail: [describe(unit), parent].filter(Boolean).join(' · '),
      keywords: [unit.code ?? '', ...ancestors.map((ancestor) => ancestor.name)].join(' '),
    };
  });
}
