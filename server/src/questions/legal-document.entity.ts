import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('legal_document')
export class LegalDocument {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  number: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  issuer: string | null;

  @Column('date', { name: 'issued_at', nullable: true })
  issuedAt: string | null;

  @Column('date', { name: 'effective_at', nullable: true })
  effectiveAt: string | null;

  @Column('text', { name: 'superseded_by', nullable: true })
  supersededBy: string | null;

  @Column('timestamptz', { name: 'superseded_at', nullable: true })
  supersededAt: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
