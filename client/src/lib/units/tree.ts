export interface TreeItem {
  id: string;
  parentId: string | null;
  name: string;
}

export interface TreeNode<U extends TreeItem> {
  unit: U;
  depth: number;
  children: TreeNode<U>[];
}

const byName = (a: TreeItem, b: TreeItem) => a.name.localeCompare(b.name, 'vi', { numeric: true });

/** Builds the forest; a unit whose parent is not in the list (outside the caller's scope) becomes a root. */
export function buildTree<U extends TreeItem>(units: readonly U[], compare: (a: U, b: U) => number = byName): TreeNode<U>[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, U[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(unit);
    else childrenOf.set(parent, [unit]);
  }
  const visited = new Set<string>();
  const grow = (parentId: string | null, depth: number): TreeNode<U>[] =>
    (childrenOf.get(parentId) ?? [])
      .toSorted(compare)
      .filter((unit) => !visited.has(unit.id) && visited.add(unit.id))
      .map((unit) => ({ unit, depth, children: grow(unit.id, depth + 1) }));
  return grow(null, 0);
}

/** Depth-first order, the order a tree reads in. */
export function flattenTree<U extends TreeItem>(nodes: readonly TreeNode<U>[]): TreeNode<U>[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** Keeps the nodes that match and the ancestors that lead to them. */
export function filterTree<U extends TreeItem>(nodes: readonly TreeNode<U>[], matches: (unit: U) => boolean): TreeNode<U>[] {
  return nodes.flatMap((node) => {
    const children = filterTree(node.children, matches);
    return matches(node.unit) || children.length > 0 ? [{ ...node, children }] : [];
  });
}

/** Ancestors of a unit, the root first (the unit itself excluded). */
export function ancestorsOf<U extends TreeItem>(units: readonly U[], id: string): U[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const chain: U[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return chain;
}

/** The unit and everything under it: the parents an edited unit may not move under. */
export function subtreeIds<U extends TreeItem>(units: readonly U[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}
