// Which questions of an item analysis the table shows: a contest's pool can hold hundreds. Pure.

export const ITEM_SORTS = ['position', 'facility', 'discrimination'] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

export interface AnalysedItem {
  position: number;
  facility?: number | null;
  discriminationIndex?: number | null;
  flags: readonly string[];
}

export interface ItemView {
  flaggedOnly: boolean;
  sort: ItemSort;
  page: number;
  pageSize: number;
}

export interface ItemPage<T> {
  rows: T[];
  total: number;
  pages: number;
  page: number;
}

/** Lowest first for the figures (the hardest, the least discriminating), questions without a figure last. */
export function selectItems<T extends AnalysedItem>(items: readonly T[], view: ItemView): ItemPage<T> {
  const figure = (item: T): number | null | undefined =>
    view.sort === 'facility' ? item.facility : view.sort === 'discrimination' ? item.discriminationIndex : item.position;
  const kept = items.filter((item) => !view.flaggedOnly || item.flags.length > 0);
  const sorted = kept.toSorted((a, b) => {
    const [x, y] = [figure(a), figure(b)];
    if (x === y || (x == null && y == null)) return a.position - b.position;
    if (x == null) return 1;
    if (y == null) return -1;
    return x - y || a.position - b.position;
  });
  const pages = Math.max(1, Math.ceil(sorted.length / view.pageSize));
  const page = Math.min(Math.max(1, view.page), pages);
  return { rows: sorted.slice((page - 1) * view.pageSize, page * view.pageSize), total: sorted.length, pages, page };
}
