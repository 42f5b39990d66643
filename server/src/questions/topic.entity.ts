import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('topic')
export class Topic {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  @Column('integer', { default: 0 })
  position: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
