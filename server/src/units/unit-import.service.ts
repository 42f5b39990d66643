import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { managesPath, type AuthUser } from '../common/auth/auth-user.js';
import type { RowProblem } from '../common/errors/row-problems.js';
import { mapColumns } from '../common/spreadsheet/columns.js';
import { readTable } from '../common/spreadsheet/read-table.js';
import { toXlsx, sheetToCsv, type Sheet } from '../common/spreadsheet/write-table.js';
import { orderByParent, parseUnitRows, UNIT_COLUMNS, type UnitDraft } from './unit-import.js';
import type { Unit } from './unit.entity.js';
import { UnitsService } from './units.service.js';

export interface UnitImportOutcome {
  dryRun: boolean;
  created: number;
  updated: number;
  problems: RowProblem[];
}

/** Upserts units by code from a spreadsheet; all or nothing: a file with any bad row writes nothing. */
@Injectable()
export class UnitImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitsService,
  ) {}

  async import(actor: AuthUser, file: { buffer: Buffer; originalname: string }, dryRun: boolean): Promise<UnitImportOutcome> {
    const table = await readTable(file.buffer, file.originalname);
    const parsed = parseUnitRows(mapColumns(table, UNIT_COLUMNS));
    const ordered = orderByParent(parsed.drafts);
    const problems = [...parsed.problems, ...ordered.problems];
    const existing = new Map((await this.units.findByCodes(collectCodes(ordered.ordered))).map((unit) => [unit.code, unit]));
    problems.push(...checkReferences(actor, ordered.ordered, existing));
    const updated = ordered.ordered.filter((draft) => existing.has(draft.code)).length;
    const outcome = { dryRun, created: ordered.ordered.length - updated, updated, problems };
    if (dryRun) return { ...outcome, problems: problems.sort((a, b) => a.row - b.row) };
    // All or nothing: a file with any bad row writes nothing, and the counts say so.
    if (problems.length > 0) return { dryRun, created: 0, updated: 0, problems: problems.sort((a, b) => a.row - b.row) };
    await this.dataSource.transaction((tx) => this.write(actor, ordered.ordered, existing, tx));
    return outcome;
  }

  async template(format: 'xlsx' | 'csv'): Promise<Buffer | string> {
    const sheet: Sheet = {
      name: 'Đơn vị',
      columns: UNIT_COLUMNS.map((column) => ({ header: column.header, width: Math.max(16, column.header.length + 4) })),
      rows: [
        ['XA-VINHLOC', 'UBND xã Vĩnh Lộc', 'Xã/Phường', '', 'SGDDT-HCM', '', ''],
        ['TH-VINHLOC-A', 'Trường Tiểu học Vĩnh Lộc A', 'Trường', 'TH', 'XA-VINHLOC', 62, 1450],
      ],
    };
    return format === 'csv' ? sheetToCsv(sheet) : toXlsx([sheet]);
  }

  private async write(actor: AuthUser, drafts: UnitDraft[], existing: Map<string, Unit>, tx: EntityManager): Promise<void> {
    const idByCode = new Map([...existing.values()].map((unit) => [unit.code, unit.id]));
    for (const draft of drafts) {
      const current = existing.get(draft.code);
      // A row without a parent code keeps an existing unit where it is.
      const parentId = draft.parentCode ? (idByCode.get(draft.parentCode) ?? null) : current ? undefined : null;
      const fields = {
        code: draft.code,
        name: draft.name,
        kind: draft.kind,
        level: draft.level ?? undefined,
        parentId,
        staffCount: draft.staffCount,
        studentCount: draft.studentCount,
      };
      const saved = current ? await this.units.update(actor, current.id, fields, tx) : await this.units.create(actor, fields, tx);
      idByCode.set(draft.code, saved.id);
    }
  }
}

function collectCodes(drafts: UnitDraft[]): string[] {
  const codes = new Set<string>();
  for (const draft of drafts) {
    codes.add(draft.code);
    if (draft.parentCode) codes.add(draft.parentCode);
  }
  return [...codes];
}

/** Parents must exist (in the file or the tree) and every touched unit must lie in the caller's scope. */
function checkReferences(actor: AuthUser, drafts: UnitDraft[], existing: Map<string, Unit>): RowProblem[] {
  const problems: RowProblem[] = [];
  const inFile = new Set(drafts.map((draft) => draft.code));
  for (const draft of drafts) {
    const current = existing.get(draft.code);
    if (current && !managesPath(actor, current.path)) {
      problems.push({ row: draft.rowNumber, code: 'OUT_OF_SCOPE', params: { value: draft.code } });
      continue;
    }
    if (!draft.parentCode) {
      if (actor.role !== 'admin' && !current)
        problems.push({ row: draft.rowNumber, code: 'REQUIRED', params: { field: 'Mã đơn vị cấp trên' } });
      continue;
    }
    const parent = existing.get(draft.parentCode);
    if (!parent && !inFile.has(draft.parentCode)) {
      problems.push({ row: draft.rowNumber, code: 'PARENT_NOT_FOUND', params: { value: draft.parentCode } });
    } else if (parent && !managesPath(actor, parent.path)) {
      problems.push({ row: draft.rowNumber, code: 'OUT_OF_SCOPE', params: { value: draft.parentCode } });
    }
  }
  return problems;
}
