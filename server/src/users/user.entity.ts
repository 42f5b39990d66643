import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['admin', 'organizer', 'participant'] as const;
export type Role = (typeof ROLES)[number];
export const PARTICIPANT_KINDS = ['staff', 'student'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  username: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text', { name: 'full_name_folded' })
  fullNameFolded: string;

  @Column('text')
  role: Role;

  @Column('uuid', { name: 'unit_id', nullable: true })
  unitId: string | null;

  @Column('text', { nullable: true })
  kind: ParticipantKind | null;

  @Column('text', { name: 'class_name', nullable: true })
  className: string | null;

  @Column('text', { nullable: true })
  position: string | null;

  @Column('date', { name: 'birth_date', nullable: true })
  birthDate: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('boolean', { default: false })
  disabled: boolean;

  @Column('boolean', { name: 'self_registered', default: false })
  selfRegistered: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
