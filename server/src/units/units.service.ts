import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { managesPath, type AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { foldVietnamese, tidySpaces } from '../common/text/vietnamese.js';
import type { CreateUnitDto, PublicUnitDto, UnitDto, UpdateUnitDto } from './unit.dto.js';
import { Unit } from './unit.entity.js';

const UNIQUE_VIOLATION = '23505';

export function toUnitDto(unit: Unit): UnitDto {
  const { id, code, name, kind, level, parentId, staffCount, studentCount } = unit;
  return { id, code, name, kind, level, parentId, staffCount, studentCount };
}

@Injectable()
export class UnitsService {
  constructor(@InjectRepository(Unit) private readonly units: Repository<Unit>) {}

  /** The units the caller may see: everything for an admin, the subtree for an organizer, their own unit for a participant. */
  async listFor(actor: AuthUser): Promise<UnitDto[]> {
    const query = this.units.createQueryBuilder('unit').orderBy('unit.path').addOrderBy('unit.name');
    if (actor.role === 'organizer') query.where('unit.path LIKE :prefix', { prefix: `${actor.unitPath}%` });
    else if (actor.role === 'participant') query.where('unit.id = :id', { id: actor.unitId });
    return (await query.getMany()).map(toUnitDto);
  }

  async listPublic(): Promise<PublicUnitDto[]> {
    const units = await this.units.find({ order: { path: 'ASC', name: 'ASC' } });
    return units.map(({ id, name, kind, level, parentId }) => ({ id, name, kind, level, parentId }));
  }

  async get(id: string, manager?: EntityManager): Promise<Unit> {
    const unit = await (manager?.getRepository(Unit) ?? this.units).findOneBy({ id });
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    return unit;
  }

  async findByCodes(codes: string[], manager?: EntityManager): Promise<Unit[]> {
    if (codes.length === 0) return [];
    return (manager?.getRepository(Unit) ?? this.units).createQueryBuilder('unit').where('unit.code IN (:...codes)', { codes }).getMany();
  }

  async count(): Promise<number> {
    return this.units.count();
  }

  /** The unit, if the caller manages it; otherwise OUT_OF_SCOPE (or UNIT_NOT_FOUND). */
  async getManageable(actor: AuthUser, id: string, manager?: EntityManager): Promise<Unit> {
    const unit = await this.get(id, manager);
    if (!managesPath(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
    return unit;
  }

  async create(actor: AuthUser, input: CreateUnitDto, manager?: EntityManager): Promise<UnitDto> {
    const parent = input.parentId ? await this.getManageable(actor, input.parentId, manager) : null;
    if (!parent && actor.role !== 'admin') throw new AppError('UNIT_INVALID_PARENT');
    const id = randomUUID();
    const unit = (manager?.getRepository(Unit) ?? this.units).create({
      id,
      code: input.code.toUpperCase(),
      name: tidySpaces(input.name),
      nameFolded: foldVietnamese(input.name),
      kind: input.kind,
      level: input.level ?? null,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      staffCount: input.staffCount ?? null,
      studentCount: input.studentCount ?? null,
    });
    this.assertLevel(unit);
    return toUnitDto(await this.save(unit, manager));
  }

  async update(actor: AuthUser, id: string, input: UpdateUnitDto, manager?: EntityManager): Promise<UnitDto> {
    const run = async (tx: EntityManager) => {
      const unit = await this.getManageable(actor, id, tx);
      const oldPath = unit.path;
      if (input.parentId !== undefined && input.parentId !== unit.parentId) {
        if (input.parentId === null) {
          if (actor.role !== 'admin') throw new AppError('UNIT_INVALID_PARENT');
          unit.parentId = null;
          unit.path = `/${unit.id}/`;
        } else {
          const parent = await this.getManageable(actor, input.parentId, tx);
          if (parent.path.startsWith(oldPath)) throw new AppError('UNIT_INVALID_PARENT');
          unit.parentId = parent.id;
          unit.path = `${parent.path}${unit.id}/`;
        }
      }
      if (input.code !== undefined) unit.code = input.code.toUpperCase();
      if (input.name !== undefined) {
        unit.name = tidySpaces(input.name);
        unit.nameFolded = foldVietnamese(input.name);
      }
      if (input.kind !== undefined) unit.kind = input.kind;
      if (input.level !== undefined) unit.level = input.level ?? null;
      if (input.kind !== undefined && input.kind !== 'school' && input.level === undefined) unit.level = null;
      if (input.staffCount !== undefined) unit.staffCount = input.staffCount;
      if (input.studentCount !== undefined) unit.studentCount = input.studentCount;
      unit.updatedAt = new Date();
      this.assertLevel(unit);
      const saved = await this.save(unit, tx);
      if (oldPath !== unit.path) {
        await tx.query(`UPDATE unit SET path = $1 || substr(path, $2) WHERE path LIKE $3 AND id <> $4`, [
          unit.path,
          oldPath.length + 1,
          `${oldPath}%`,
          unit.id,
        ]);
      }
      return toUnitDto(saved);
    };
    return manager ? run(manager) : this.units.manager.transaction(run);
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    const unit = await this.getManageable(actor, id);
    const [{ busy }] = await this.units.query(
      `SELECT EXISTS (SELECT 1 FROM unit WHERE parent_id = $1) OR EXISTS (SELECT 1 FROM app_user WHERE unit_id = $1) AS busy`,
      [unit.id],
    );
    if (busy) throw new AppError('UNIT_NOT_EMPTY');
    await this.units.delete({ id: unit.id });
  }

  async roots(manager?: EntityManager): Promise<Unit[]> {
    return (manager?.getRepository(Unit) ?? this.units).find({ where: { parentId: IsNull() }, order: { createdAt: 'ASC' } });
  }

  private assertLevel(unit: Unit): void {
    if (unit.kind === 'school' && !unit.level) throw new AppError('UNIT_LEVEL_REQUIRED');
  }

  private async save(unit: Unit, manager?: EntityManager): Promise<Unit> {
    try {
      return await (manager?.getRepository(Unit) ?? this.units).save(unit);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new AppError('UNIT_CODE_TAKEN');
      throw error;
    }
  }
}
