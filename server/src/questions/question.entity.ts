import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CognitiveLevel, Difficulty, QuestionStatus } from './question-draft.js';

/** A question in a unit's bank: its status and classification; its content lives in versions. */
@Entity('question')
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'owner_unit_id' })
  ownerUnitId: string;

  @Column('integer', { name: 'current_version', default: 1 })
  currentVersion: number;

  @Column('text', { default: 'draft' })
  status: QuestionStatus;

  /** Set when a legal document it rests on is superseded: not drawn into new contests until reviewed. */
  @Column('boolean', { name: 'needs_review', default: false })
  needsReview: boolean;

  @Column('text', { name: 'topic_code', nullable: true })
  topicCode: string | null;

  @Column('text', { name: 'cognitive_level', nullable: true })
  cognitiveLevel: CognitiveLevel | null;

  @Column('text', { nullable: true })
  difficulty: Difficulty | null;

  @Column('text', { array: true, default: () => `'{}'` })
  tags: string[];

  @Column('text', { name: 'stem_folded' })
  stemFolded: string;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId: string | null;

  @Column('uuid', { name: 'reviewer_id', nullable: true })
  reviewerId: string | null;

  @Column('text', { name: 'review_comment', nullable: true })
  reviewComment: string | null;

  @Column('text', { name: 'seed_key', nullable: true })
  seedKey: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
