/** Negative when `a` ranks above `b`. */
export type EntryComparator<T> = (a: T, b: T) => number;

export interface RankedEntry<T> {
  id: string;
  entry: T;
  /** 1-based; no two entries share a rank. */
  rank: number;
}

interface TreeNode<T> {
  id: string;
  entry: T;
  left: TreeNode<T> | null;
  right: TreeNode<T> | null;
  height: number;
  /** Nodes in this subtree: what makes rank O(log n). */
  size: number;
}

/**
 * A ranking in memory: an AVL tree ordered by the comparator, then by id, with subtree sizes.
 * Insert, update, remove and rank are O(log n); top(n) is O(log n + n). Entries are kept as
 * given, so replace an entry with upsert rather than changing it in place.
 */
export class RankingTree<T> {
  private root: TreeNode<T> | null = null;
  private readonly entries = new Map<string, T>();

  constructor(private readonly compare: EntryComparator<T>) {}

  get size(): number {
    return this.entries.size;
  }

  get(id: string): T | undefined {
    return this.entries.get(id);
  }

  upsert(id: string, entry: T): void {
    if (this.entries.has(id)) this.root = this.removeNode(this.root, id, this.entries.get(id)!);
    this.root = this.insertNode(this.root, id, entry);
    this.entries.set(id, entry);
  }

  /** False when the id was not ranked. */
  remove(id: string): boolean {
    if (!this.entries.has(id)) return false;
    this.root = this.removeNode(this.root, id, this.entries.get(id)!);
    this.entries.delete(id);
    return true;
  }

  rank(id: string): number | undefined {
    if (!this.entries.has(id)) return undefined;
    const entry = this.entries.get(id)!;
    let above = 0;
    let node = this.root;
    while (node) {
      const order = this.order(id, entry, node);
      if (order === 0) return above + sizeOf(node.left) + 1;
      if (order < 0) node = node.left;
      else {
        above += sizeOf(node.left) + 1;
        node = node.right;
      }
    }
    throw new Error(`The ranking lost ${id}: was its entry changed in place?`);
  }

  top(count: number): RankedEntry<T>[] {
    const result: RankedEntry<T>[] = [];
    const path: TreeNode<T>[] = [];
    let node = this.root;
    while (result.length < count && (node || path.length > 0)) {
      while (node) {
        path.push(node);
        node = node.left;
      }
      const next = path.pop()!;
      result.push({ id: next.id, entry: next.entry, rank: result.length + 1 });
      node = next.right;
    }
    return result;
  }

  private order(id: string, entry: T, node: TreeNode<T>): number {
    return this.compare(entry, node.entry) || (id < node.id ? -1 : id > node.id ? 1 : 0);
  }

  private insertNode(node: TreeNode<T> | null, id: string, entry: T): TreeNode<T> {
    if (!node) return { id, entry, left: null, right: null, height: 1, size: 1 };
    if (this.order(id, entry, node) < 0) node.left = this.insertNode(node.left, id, entry);
    else node.right = this.insertNode(node.right, id, entry);
    return rebalance(node);
  }

  private removeNode(node: TreeNode<T> | null, id: string, entry: T): TreeNode<T> | null {
    if (!node) throw new Error(`The ranking lost ${id}: was its entry changed in place?`);
    const order = this.order(id, entry, node);
    if (order < 0) node.left = this.removeNode(node.left, id, entry);
    else if (order > 0) node.right = this.removeNode(node.right, id, entry);
    else {
      if (!node.left || !node.right) return node.left ?? node.right;
      let successor = node.right;
      while (successor.left) successor = successor.left;
      successor.right = removeLeftmost(node.right);
      successor.left = node.left;
      return rebalance(successor);
    }
    return rebalance(node);
  }
}

function sizeOf<T>(node: TreeNode<T> | null): number {
  return node ? node.size : 0;
}

function heightOf<T>(node: TreeNode<T> | null): number {
  return node ? node.height : 0;
}

function refresh<T>(node: TreeNode<T>): void {
  node.height = Math.max(heightOf(node.left), heightOf(node.right)) + 1;
  node.size = sizeOf(node.left) + sizeOf(node.right) + 1;
}

function rotateRight<T>(node: TreeNode<T>): TreeNode<T> {
  const pivot = node.left!;
  node.left = pivot.right;
  pivot.right = node;
  refresh(node);
  refresh(pivot);
  return pivot;
}

function rotateLeft<T>(node: TreeNode<T>): TreeNode<T> {
  const pivot = node.right!;
  node.right = pivot.left;
  pivot.left = node;
  refresh(node);
  refresh(pivot);
  return pivot;
}

function rebalance<T>(node: TreeNode<T>): TreeNode<T> {
  refresh(node);
  const balance = heightOf(node.left) - heightOf(node.right);
  if (balance > 1) {
    if (heightOf(node.left!.left) < heightOf(node.left!.right)) node.left = rotateLeft(node.left!);
    return rotateRight(node);
  }
  if (balance < -1) {
    if (heightOf(node.right!.right) < heightOf(node.right!.left)) node.right = rotateRight(node.right!);
    return rotateLeft(node);
  }
  return node;
}

function removeLeftmost<T>(node: TreeNode<T>): TreeNode<T> | null {
  if (!node.left) return node.right;
  node.left = removeLeftmost(node.left);
  return rebalance(node);
}
