import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('attempt')
export class Attempt {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'contest_id' }) contestId: string;
  @Column('uuid', { name: 'round_id' }) roundId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'unit_id', nullable: true }) unitId: string | null;
  @Column('integer') number: number;
  @Column('text', { default: 'active' }) status: 'active' | 'submitted';
  @Column('timestamptz', { name: 'started_at' }) startedAt: Date;
  @Column('timestamptz', { name: 'deadline_at' }) deadlineAt: Date;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('text', { name: 'submitted_by', nullable: true }) submittedBy: 'participant' | 'sweeper' | null;
  @Column('integer', { name: 'question_count' }) questionCount: number;
  @Column('integer', { name: 'correct_count', nullable: true }) correctCount: number | null;
  @Column('double precision', { nullable: true }) score: number | null;
  @Column('integer', { name: 'duration_ms', nullable: true }) durationMs: number | null;
  @Column('integer', { nullable: true }) prediction: number | null;
}
