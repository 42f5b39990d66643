import type { RankingTree } from './rules/ranking-tree.js';

/** A ranking read by pages and by person, whatever holds it (a sorted array, a live tree). */
export interface RankedList<T> {
  total: number;
  /** Entries ranked from + 1 to to, in order. */
  slice(from: number, to: number): T[];
  /** 1-based; undefined when not ranked. */
  rankOf(userId: string): number | undefined;
  get(userId: string): T | undefined;
}

export function listFromArray<T extends { userId: string }>(ordered: readonly T[]): RankedList<T> {
  let index: Map<string, number> | undefined;
  const positions = () => (index ??= new Map(ordered.map((entry, position) => [entry.userId, position])));
  return {
    total: ordered.length,
    slice: (from, to) => ordered.slice(from, to),
    rankOf: (userId) => {
      const position = positions().get(userId);
      return position === undefined ? undefined : position + 1;
    },
    get: (userId) => {
      const position = positions().get(userId);
      return position === undefined ? undefined : ordered[position];
    },
  };
}

/** The live (provisional) order: a page costs O(log n + offset + size), a person's rank O(log n). */
export function listFromTree<T>(tree: RankingTree<T>): RankedList<T> {
  return {
    total: tree.size,
    slice: (from, to) =>
      tree
        .top(to)
        .slice(from)
        .map((ranked) => ranked.entry),
    rankOf: (userId) => tree.rank(userId),
    get: (userId) => tree.get(userId),
  };
}
