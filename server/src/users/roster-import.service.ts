import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user.js';
import { AppError } from '../common/errors/app-error.js';
import type { RowProblem } from '../common/errors/row-problems.js';
import { mapColumns } from '../common/spreadsheet/columns.js';
import { readTable } from '../common/spreadsheet/read-table.js';
import { sheetToCsv, toXlsx, type Sheet } from '../common/spreadsheet/write-table.js';
import { UnitsService } from '../units/units.service.js';
import { CredentialsStore } from './credentials-store.js';
import type { ParticipantKind } from './user.entity.js';
import { parseRosterRows, ROSTER_COLUMNS, type RosterDraft } from './roster-import.js';
import { User } from './user.entity.js';
import { UsernameAllocator } from './username-allocator.js';
import { UsersService } from './users.service.js';

export interface RosterPreviewRow {
  row: number;
  fullName: string;
  username: string;
  kind: ParticipantKind;
  className: string | null;
  birthDate: string | null;
}

export interface Credential {
  fullName: string;
  username: string;
  password: string;
  className: string | null;
}

export interface RosterImportOutcome {
  dryRun: boolean;
  created: number;
  problems: RowProblem[];
  preview: RosterPreviewRow[];
  credentials?: Credential[];
  credentialsId?: string;
  unitName: string;
}

const HASH_BATCH = 8;

/** Imports a school's roster: generated usernames and passwords, and a credentials sheet to hand out. */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly usersService: UsersService,
    private readonly units: UnitsService,
    private readonly credentialsStore: CredentialsStore,
  ) {}

  async import(
    actor: AuthUser,
    unitId: string,
    file: { buffer: Buffer; originalname: string },
    dryRun: boolean,
  ): Promise<RosterImportOutcome> {
    const unit = await this.units.getManageable(actor, unitId);
    if (unit.kind !== 'school') throw new AppError('UNIT_NOT_SCHOOL');
    const { drafts, problems } = parseRosterRows(mapColumns(await readTable(file.buffer, file.originalname), ROSTER_COLUMNS));
    problems.push(...(await this.phonesInUse(drafts)));
    const allocator = new UsernameAllocator(this.users);
    const preview: RosterPreviewRow[] = [];
    for (const draft of drafts) {
      preview.push({
        row: draft.rowNumber,
        fullName: draft.fullName,
        username: await allocator.allocate(draft.fullName),
        kind: draft.kind,
        className: draft.className,
        birthDate: draft.birthDate,
      });
    }
    const outcome: RosterImportOutcome = {
      dryRun,
      created: drafts.length,
      problems: problems.sort((a, b) => a.row - b.row),
      preview,
      unitName: unit.name,
    };
    if (dryRun) return outcome;
    if (problems.length > 0) return { ...outcome, created: 0 };

    const credentials = await this.dataSource.transaction(async (tx) => {
      const created: Credential[] = [];
      for (let start = 0; start < drafts.length; start += HASH_BATCH) {
        const batch = drafts.slice(start, start + HASH_BATCH);
        const results = await Promise.all(
          batch.map((draft, offset) =>
            this.usersService.create(
              actor,
              {
                username: preview[start + offset]!.username,
                fullName: draft.fullName,
                role: 'participant',
                unitId: unit.id,
                kind: draft.kind,
                className: draft.className ?? undefined,
                position: draft.position,
                birthDate: draft.birthDate ?? undefined,
                phone: draft.phone ?? undefined,
              },
              tx,
            ),
          ),
        );
        for (const { user, password } of results) {
          created.push({ fullName: user.fullName, username: user.username, password: password!, className: user.className });
        }
      }
      return created;
    });
    const sheet = await toXlsx([credentialsSheet(unit.name, credentials)]);
    const credentialsId = this.credentialsStore.put(actor.id, sheet, `tai-khoan-${unit.code.toLowerCase()}.xlsx`);
    return { ...outcome, credentials, credentialsId };
  }

  async template(format: 'xlsx' | 'csv'): Promise<Buffer | string> {
    const sheet: Sheet = {
      name: 'Danh sách',
      columns: ROSTER_COLUMNS.map((column) => ({ header: column.header, width: column.key === 'fullName' ? 28 : 16 })),
      rows: [
        ['Nguyễn Văn An', '05/09/2014', 'Học sinh', '5A', '', ''],
        ['Trần Thị Bích', '12/03/1988', 'Giáo viên', '', 'Giáo viên chủ nhiệm', '0901234567'],
      ],
    };
    return format === 'csv' ? sheetToCsv(sheet) : toXlsx([sheet]);
  }

  private async phonesInUse(drafts: RosterDraft[]): Promise<RowProblem[]> {
    const phones = drafts.flatMap((draft) => (draft.phone ? [draft.phone] : []));
    if (phones.length === 0) return [];
    const taken = new Set((await this.users.find({ select: { phone: true }, where: { phone: In(phones) } })).map((user) => user.phone));
    return drafts
      .filter((draft) => draft.phone && taken.has(draft.phone))
      .map((draft) => ({ row: draft.rowNumber, code: 'PHONE_TAKEN' as const, params: { value: draft.phone! } }));
  }
}

export function credentialsSheet(unitName: string, credentials: Credential[]): Sheet {
  return {
    name: 'Tài khoản',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 28 },
      { header: 'Lớp', width: 8 },
      { header: 'Tên đăng nhập', width: 18 },
      { header: 'Mật khẩu', width: 14 },
      { header: 'Đơn vị', width: 32 },
    ],
    rows: credentials.map((credential, index) => [
      index + 1,
      credential.fullName,
      credential.className ?? '',
      credential.username,
      credential.password,
      unitName,
    ]),
  };
}
