import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const UNIT_KINDS = ['department', 'commune', 'school', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const SCHOOL_LEVELS = ['MN', 'TH', 'THCS', 'THPT', 'LC'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

@Entity('unit')
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'name_folded' })
  nameFolded: string;

  @Column('text')
  kind: UnitKind;

  @Column('text', { nullable: true })
  level: SchoolLevel | null;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  /** Ids from the root down to this unit, "/a/b/c/": a subtree is a prefix match. */
  @Column('text')
  path: string;

  @Column('integer', { name: 'staff_count', nullable: true })
  staffCount: number | null;

  @Column('integer', { name: 'student_count', nullable: true })
  studentCount: number | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
