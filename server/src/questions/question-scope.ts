import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { managesPath, type AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { UnitsService } from '../units/units.service.js';

/**
 * Who sees and who edits which bank. An organizer reads the banks of their unit, the units
 * above it (the department's questions) and below it; they edit only the banks of their
 * subtree, or a bank they were granted (`bank_editor`).
 */
@Injectable()
export class QuestionScope {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitsService,
  ) {}

  /** A SQL condition on the owner unit alias; the path is inlined as a quoted literal (it is ours: ids and slashes). */
  visibleSql(actor: AuthUser, ownerAlias: string): string {
    if (actor.role === 'admin') return 'TRUE';
    if (actor.role !== 'organizer' || !actor.unitPath || !/^[0-9a-f/-]+$/.test(actor.unitPath)) throw new AppError('FORBIDDEN');
    const path = `'${actor.unitPath}'`;
    return `(${ownerAlias}.path LIKE ${path} || '%' OR ${path} LIKE ${ownerAlias}.path || '%')`;
  }

  async assertVisible(actor: AuthUser, ownerUnitId: string): Promise<void> {
    if (actor.role === 'admin') return;
    if (actor.role !== 'organizer' || !actor.unitPath) throw new AppError('FORBIDDEN');
    const owner = await this.units.get(ownerUnitId);
    if (!owner.path.startsWith(actor.unitPath) && !actor.unitPath.startsWith(owner.path)) throw new AppError('QUESTION_NOT_FOUND');
  }

  async assertEditable(actor: AuthUser, ownerUnitId: string, manager?: EntityManager): Promise<void> {
    const owner = await this.units.get(ownerUnitId, manager);
    if (managesPath(actor, owner.path)) return;
    const [grant] = await (manager ?? this.dataSource.manager).query(`SELECT 1 FROM bank_editor WHERE unit_id = $1 AND user_id = $2`, [
      ownerUnitId,
      actor.id,
    ]);
    if (!grant) throw new AppError('BANK_READ_ONLY');
  }

  /** The bank a new question goes to: the asked unit if the caller may edit it, else the caller's own unit. */
  async ownerFor(actor: AuthUser, ownerUnitId: string | undefined): Promise<string> {
    const unitId = ownerUnitId ?? actor.unitId ?? (await this.units.roots())[0]?.id;
    if (!unitId) throw new AppError('UNIT_NOT_FOUND');
    await this.assertEditable(actor, unitId);
    return unitId;
  }

  async grant(actor: AuthUser, unitId: string, userId: string): Promise<void> {
    await this.units.getManageable(actor, unitId);
    await this.dataSource.query(`INSERT INTO bank_editor (unit_id, user_id, granted_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      unitId,
      userId,
      actor.id,
    ]);
  }
}
