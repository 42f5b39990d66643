import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('app_setting')
export class AppSetting {
  @PrimaryColumn('text')
  key: string;

  @Column('text')
  value: string;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
