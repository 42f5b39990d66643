import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { managesPath, type AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import { foldVietnamese, tidySpaces } from '../common/text/vietnamese.js';
import { assertStrongPassword, generatePassword, hashPassword, verifyPassword } from '../auth/password.js';
import { UnitsService } from '../units/units.service.js';
import type { CreateUserDto, DuplicateGroupDto, ListUsersQueryDto, UserDto, UserPageDto } from './user.dto.js';
import { User, type ParticipantKind } from './user.entity.js';
import { UsernameAllocator } from './username-allocator.js';

const UNIQUE_VIOLATION = '23505';

export function toUserDto(user: User): UserDto {
  const { id, username, fullName, role, unitId, kind, className, birthDate, phone } = user;
  return { id, username, fullName, role, unitId, kind, className, birthDate, phone };
}

export interface NewUser extends CreateUserDto {
  position?: string | null;
  selfRegistered?: boolean;
  /** Hash with the light bulk cost (rehashed at first sign-in): generated and demo passwords. */
  bulkHash?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly units: UnitsService,
  ) {}

  /** The caller as every scoped query sees them; undefined for an unknown or disabled account. */
  async findAuthUser(id: string): Promise<AuthUser | undefined> {
    const [row] = await this.users.query(
      `SELECT u.id, u.username, u.full_name, u.role, u.unit_id, u.kind, u.class_name, unit.path, unit.level
         FROM app_user u LEFT JOIN unit ON unit.id = u.unit_id
        WHERE u.id = $1 AND NOT u.disabled`,
      [id],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      username: row.username,
      fullName: row.full_name,
      role: row.role,
      unitId: row.unit_id,
      kind: row.kind,
      className: row.class_name,
      unitPath: row.role === 'admin' ? null : row.path,
      unitLevel: row.level,
    };
  }

  async findWithPassword(username: string): Promise<User | undefined> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.username = :username', { username: username.trim().toLowerCase() })
      .getOne();
    return user ?? undefined;
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new AppError('USER_NOT_FOUND');
    return user;
  }

  async countAdmins(): Promise<number> {
    return this.users.countBy({ role: 'admin' });
  }

  /** Creates an account; the caller must manage the unit. Returns the password when it was generated. */
  async create(actor: AuthUser | 'system', input: NewUser, manager?: EntityManager): Promise<{ user: User; password?: string }> {
    const repository = manager?.getRepository(User) ?? this.users;
    if (input.role === 'admin' && actor !== 'system' && actor.role !== 'admin') throw new AppError('FORBIDDEN');
    if (input.unitId) {
      const unit =
        actor === 'system' ? await this.units.get(input.unitId, manager) : await this.units.getManageable(actor, input.unitId, manager);
      if (input.role === 'participant' && unit.kind !== 'school') throw new AppError('UNIT_NOT_SCHOOL');
    }
    const generated = input.password ? undefined : generatePassword();
    const password = input.password ?? generated!;
    assertStrongPassword(password);
    const username = input.username ?? (await new UsernameAllocator(repository).allocate(input.fullName));
    const user = repository.create({
      username: username.toLowerCase(),
      passwordHash: await hashPassword(password, generated || input.bulkHash ? 'bulk' : 'full'),
      fullName: tidySpaces(input.fullName),
      fullNameFolded: foldVietnamese(input.fullName),
      role: input.role,
      unitId: input.role === 'admin' ? (input.unitId ?? null) : input.unitId!,
      kind: input.role === 'participant' ? input.kind! : (input.kind ?? null),
      className: input.className ? tidySpaces(input.className) : null,
      position: input.position ?? null,
      birthDate: input.birthDate ?? null,
      phone: input.phone ?? null,
      selfRegistered: input.selfRegistered ?? false,
    });
    try {
      return { user: await repository.save(user), password: generated };
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION) throw new AppError(constraint === 'uq_app_user_phone' ? 'PHONE_TAKEN' : 'USERNAME_TAKEN');
      throw error;
    }
  }

  /** Many participants of one school sharing one password (demo data): one hash, one multi-row insert. */
  async insertParticipants(
    unitId: string,
    people: { username: string; fullName: string; kind: ParticipantKind; className: string | null }[],
    password: string,
  ): Promise<AuthUser[]> {
    const unit = await this.units.get(unitId);
    const passwordHash = await hashPassword(password, 'bulk');
    const rows = people.map((person) => ({
      username: person.username,
      passwordHash,
      fullName: tidySpaces(person.fullName),
      fullNameFolded: foldVietnamese(person.fullName),
      role: 'participant' as const,
      unitId,
      kind: person.kind,
      className: person.className,
    }));
    const result = await this.users.insert(rows);
    return result.identifiers.map((identifier, index) => ({
      id: identifier.id as string,
      username: rows[index]!.username,
      fullName: rows[index]!.fullName,
      role: 'participant',
      unitId,
      kind: rows[index]!.kind,
      className: rows[index]!.className,
      unitPath: unit.path,
      unitLevel: unit.level,
    }));
  }

  async list(actor: AuthUser, query: ListUsersQueryDto): Promise<UserPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const builder = this.users.createQueryBuilder('user').innerJoin('unit', 'unit', 'unit.id = user.unit_id');
    if (query.unitId) {
      const unit = await this.units.get(query.unitId);
      if (!managesPath(actor, unit.path)) throw new AppError('OUT_OF_SCOPE');
      builder.where('unit.path LIKE :prefix', { prefix: `${unit.path}%` });
    } else if (actor.role === 'organizer') {
      builder.where('unit.path LIKE :prefix', { prefix: `${actor.unitPath}%` });
    } else if (actor.role !== 'admin') {
      throw new AppError('FORBIDDEN');
    }
    if (query.q) {
      const folded = `%${foldVietnamese(query.q).replace(/[%_\\]/g, '\\$&')}%`;
      builder.andWhere('(user.full_name_folded LIKE :q OR user.username LIKE :q)', { q: folded });
    }
    const [items, total] = await builder
      .orderBy('user.full_name_folded')
      .addOrderBy('user.username')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: items.map(toUserDto), total };
  }

  /** Organizers reset passwords inside their subtree; the new password is returned once. */
  async resetPassword(actor: AuthUser, userId: string): Promise<string> {
    const user = await this.get(userId);
    await this.assertManages(actor, user);
    const password = generatePassword();
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password, 'bulk'), updatedAt: new Date() });
    return password;
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.createQueryBuilder('user').addSelect('user.passwordHash').where('user.id = :userId', { userId }).getOne();
    if (!user) throw new AppError('USER_NOT_FOUND');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new AppError('AUTH_WRONG_PASSWORD');
    assertStrongPassword(newPassword);
    await this.users.update({ id: userId }, { passwordHash: await hashPassword(newPassword), updatedAt: new Date() });
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.users.update({ id: userId }, { passwordHash: await hashPassword(password), updatedAt: new Date() });
  }

  /** Likely duplicate accounts in the caller's scope: same folded name, same birth date, same school. */
  async duplicates(actor: AuthUser): Promise<DuplicateGroupDto[]> {
    const prefix = actor.role === 'admin' ? '/' : actor.unitPath;
    if (actor.role === 'participant' || prefix === null) throw new AppError('FORBIDDEN');
    const rows: { ids: string[] }[] = await this.users.query(
      `SELECT array_agg(u.id ORDER BY u.created_at) AS ids
         FROM app_user u JOIN unit ON unit.id = u.unit_id
        WHERE unit.path LIKE $1 AND u.role = 'participant' AND u.birth_date IS NOT NULL
        GROUP BY u.unit_id, u.full_name_folded, u.birth_date
       HAVING count(*) > 1
        LIMIT 500`,
      [`${prefix}%`],
    );
    if (rows.length === 0) return [];
    const users = await this.users
      .createQueryBuilder('user')
      .where('user.id IN (:...ids)', { ids: rows.flatMap((row) => row.ids) })
      .getMany();
    const byId = new Map(users.map((user) => [user.id, user]));
    return rows.map((row) => ({ reason: 'same-name-birthdate-unit', users: row.ids.map((id) => toUserDto(byId.get(id)!)) }));
  }

  async assertManages(actor: AuthUser, user: User): Promise<void> {
    if (actor.role === 'admin') return;
    if (!user.unitId || user.role === 'admin') throw new AppError('OUT_OF_SCOPE');
    await this.units.getManageable(actor, user.unitId);
  }
}
