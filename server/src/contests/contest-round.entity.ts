import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('contest_round')
export class ContestRound {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'contest_id' }) contestId: string;
  @Column('integer') position: number;
  @Column('text') name: string;
  @Column('timestamptz', { name: 'opens_at' }) opensAt: Date;
  @Column('timestamptz', { name: 'closes_at' }) closesAt: Date;
}
