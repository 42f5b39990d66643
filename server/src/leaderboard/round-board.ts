import { RankingTree } from './rules/ranking-tree.js';
import { compareEntries, type RankEntry, type TieBreak } from './rules/tie-breaks.js';

export interface Counted extends RankEntry {
  userId: string;
  unitId: string | null;
  questionCount: number;
}

export interface UnitTally {
  participants: number;
  attempts: number;
  scoreSum: number;
}

/**
 * One round's live ranking: each person's counted attempt (best or last) in an order-statistic
 * tree, and per-unit tallies kept up to date on every submission. Nothing here scans all attempts.
 */
export class RoundBoard {
  readonly tree: RankingTree<Counted>;
  readonly counted = new Map<string, Counted>();
  readonly units = new Map<string, UnitTally>();
  private readonly provisionalOrder: (a: Counted, b: Counted) => number;
  /** The final order, kept until the next submission (late sweeps can still add after the close). */
  private finalCache: { ranking: Counted[]; perfectCount: number } | undefined;

  constructor(
    readonly counting: 'best' | 'last',
    readonly tieBreaks: TieBreak[],
  ) {
    this.provisionalOrder = compareEntries(tieBreaks, null);
    this.tree = new RankingTree<Counted>(this.provisionalOrder);
  }

  /** A submitted attempt: counted if it is the person's best (or last), and tallied for their unit. */
  add(entry: Counted): void {
    const unit = this.unit(entry.unitId);
    unit.attempts++;
    const previous = this.counted.get(entry.userId);
    if (!previous) unit.participants++;
    const keep = !previous || this.counting === 'last' || this.provisionalOrder(entry, previous) < 0;
    if (!keep) return;
    this.finalCache = undefined;
    if (previous) this.unit(previous.unitId).scoreSum -= previous.score;
    unit.scoreSum += entry.score;
    this.counted.set(entry.userId, entry);
    this.tree.upsert(entry.userId, entry);
  }

  /** The ranking after the close: the prediction tie-break knows the real count of perfect papers. */
  finalOrder(): { ranking: Counted[]; perfectCount: number } {
    if (this.finalCache) return this.finalCache;
    const all = [...this.counted.values()];
    const perfectCount = all.filter((entry) => entry.correctCount === entry.questionCount).length;
    const order = compareEntries(this.tieBreaks, perfectCount);
    this.finalCache = { ranking: all.sort((a, b) => order(a, b) || a.userId.localeCompare(b.userId)), perfectCount };
    return this.finalCache;
  }

  private unit(unitId: string | null): UnitTally {
    const key = unitId ?? '';
    let tally = this.units.get(key);
    if (!tally) this.units.set(key, (tally = { participants: 0, attempts: 0, scoreSum: 0 }));
    return tally;
  }
}
