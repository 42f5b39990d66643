/**
 * The figures of one row of the "By unit" report, rolled up from everything below the row's unit. Pure: facts in,
 * figures out. Units are matched by their path ("/a/b/"): a unit's subtree is every path it prefixes.
 */
import { participationRate, summarize } from './score-summary.js';

export interface SchoolFacts {
  path: string;
  level: string | null;
  /** Staff, students or both, as the contest's audience counts them; null when the school declared none. */
  headcount: number | null;
  /** The school's people are in the contest's audience (level and unit filters); others only count if they took part. */
  inAudience: boolean;
}

export interface RollupInput {
  maxScore: number;
  schools: readonly SchoolFacts[];
  /** Accounts of the audience (and self-registrations) per unit path. */
  registered: readonly { path: string; count: number }[];
  /** Per unit path: the scores of the counted attempts made there (one per participant) and all attempts made there. */
  counted: readonly { path: string; scores: readonly number[]; attempts: number }[];
}

export interface RowFigures {
  headcount: number | null;
  /** Schools of the audience in the row that declared no headcount: their people are left out of the rate. */
  schoolsWithoutHeadcount: number;
  registered: number;
  participants: number;
  /** Participants of the schools that declared a headcount ÷ those headcounts; null when none did. */
  participationRate: number | null;
  /** Participants ÷ registered accounts; null without accounts. */
  registeredRate: number | null;
  attempts: number;
  meanScore: number | null;
  medianScore: number | null;
  highestScore: number | null;
  fullMarks: number;
  distribution: number[];
}

interface Bucket {
  path: string;
  scores: number[];
  attempts: number;
  registered: number;
  /** Inside an audience school with a headcount: counts towards the participation rate. */
  covered: boolean;
}

/** Buckets the facts by unit path once, so that each row costs a pass over the units, not over the people. */
export class UnitRollup {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly input: RollupInput) {
    const coveringSchools = input.schools.filter((school) => school.inAudience && school.headcount !== null);
    const bucket = (path: string): Bucket => {
      let found = this.buckets.get(path);
      if (!found) {
        found = { path, scores: [], attempts: 0, registered: 0, covered: coveringSchools.some((school) => path.startsWith(school.path)) };
        this.buckets.set(path, found);
      }
      return found;
    };
    for (const entry of input.counted) {
      const target = bucket(entry.path);
      for (const score of entry.scores) target.scores.push(score);
      target.attempts += entry.attempts;
    }
    for (const entry of input.registered) bucket(entry.path).registered += entry.count;
  }

  /** The figures of the units whose path satisfies `inside`. */
  figures(inside: (path: string) => boolean): RowFigures {
    const schools = this.input.schools.filter((school) => school.inAudience && inside(school.path));
    const declared = schools.filter((school) => school.headcount !== null);
    const headcount = declared.length > 0 ? declared.reduce((sum, school) => sum + school.headcount!, 0) : null;
    const scores: number[] = [];
    let attempts = 0;
    let registered = 0;
    let covered = 0;
    for (const bucket of this.buckets.values()) {
      if (!inside(bucket.path)) continue;
      for (const score of bucket.scores) scores.push(score);
      attempts += bucket.attempts;
      registered += bucket.registered;
      if (bucket.covered) covered += bucket.scores.length;
    }
    const summary = summarize(scores, this.input.maxScore);
    return {
      headcount,
      schoolsWithoutHeadcount: schools.length - declared.length,
      registered,
      participants: scores.length,
      participationRate: participationRate(covered, headcount),
      registeredRate: participationRate(scores.length, registered),
      attempts,
      meanScore: round2(summary.mean),
      medianScore: round2(summary.median),
      highestScore: summary.highest,
      fullMarks: summary.fullMarks,
      distribution: summary.distribution,
    };
  }

  /** Whether anything lies inside: an audience school, an account or a participant. */
  isEmpty(inside: (path: string) => boolean): boolean {
    return (
      !this.input.schools.some((school) => school.inAudience && inside(school.path)) &&
      ![...this.buckets.values()].some((bucket) => inside(bucket.path))
    );
  }
}

export function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
