import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ParticipantKind } from '../users/user.entity.js';
import type { SchoolLevel } from '../units/unit.entity.js';
import type { MatrixCell, PoolQuestion } from './rules/draw.js';
import type { LateStartRule } from './rules/late-start.js';
import type { RegistrationPolicy } from './rules/registration.js';

export const CONTEST_STATUSES = ['draft', 'published', 'archived'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];
export const REVIEW_POLICIES = ['immediately', 'after_close', 'never'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
export const TIE_BREAKS = ['prediction', 'time', 'submitted'] as const;
export type TieBreakName = (typeof TIE_BREAKS)[number];

export interface Audience {
  /** Units whose subtrees may take part; empty: the owner unit's subtree. */
  unitIds?: string[];
  levels?: SchoolLevel[];
  kinds?: ParticipantKind[];
  userIds?: string[];
}

export interface ReviewShows {
  score: boolean;
  correctness: boolean;
  key: boolean;
  explanation: boolean;
}

@Entity('contest')
export class Contest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'owner_unit_id' }) ownerUnitId: string;
  @Column('text') title: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { nullable: true }) rules: string | null;
  @Column('text', { default: 'draft' }) status: ContestStatus;
  @Column('jsonb', { default: () => `'{}'` }) audience: Audience;
  @Column('integer', { name: 'duration_seconds', default: 1200 }) durationSeconds: number;
  @Column('integer', { name: 'question_count', default: 20 }) questionCount: number;
  @Column('jsonb', { name: 'draw_matrix', default: () => `'[]'` }) drawMatrix: MatrixCell[];
  /** The approved questions (and versions) papers are drawn from, frozen when the contest is published. */
  @Column('jsonb', { default: () => `'[]'` }) pool: PoolQuestion[];
  @Column('integer', { name: 'attempts_allowed', default: 3 }) attemptsAllowed: number;
  @Column('text', { default: 'best' }) counting: 'best' | 'last';
  @Column('boolean', { name: 'prediction_enabled', default: true }) predictionEnabled: boolean;
  @Column('jsonb', { name: 'tie_breaks', default: () => `'["prediction", "time", "submitted"]'` }) tieBreaks: TieBreakName[];
  @Column('text', { name: 'review_policy', default: 'after_close' }) reviewPolicy: ReviewPolicy;
  @Column('jsonb', { name: 'review_shows' }) reviewShows: ReviewShows;
  @Column('integer', { name: 'prize_count', default: 10 }) prizeCount: number;
  /** Whether participants of the owner's subtree outside the audience may enrol themselves. */
  @Column('text', { default: 'audience_only' }) registration: RegistrationPolicy;
  @Column('jsonb', { name: 'late_start', default: () => `'{"mode": "until_close"}'` }) lateStart: LateStartRule;
  @Column('boolean', { default: false }) demo: boolean;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
