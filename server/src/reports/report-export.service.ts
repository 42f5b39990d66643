import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth/auth-user.js';
import { sheetToCsv, type Sheet } from '../common/spreadsheet/write-table.js';
import { foldVietnamese } from '../common/text/vietnamese.js';
import { CollectiveReportService } from './collective-report.service.js';
import { toLargeXlsx } from './large-xlsx.js';
import { collectiveReportSheet, prizeSheet } from './collective-report.sheet.js';
import { ParticipantReportService } from './participant-report.service.js';
import { participantReportSheet } from './participant-report.sheet.js';
import { QuestionReportService } from './question-report.service.js';
import { questionReportSheet, testReportSheet } from './question-report.sheet.js';
import type { ReportExportQueryDto, ReportTable } from './report.dto.js';
import { ReportScopeService, type ReportScope } from './report-scope.service.js';
import { levelReportSheet, unitReportSheet } from './unit-report.sheet.js';
import { UnitReportService } from './unit-report.service.js';

/** Every table of the reports as one workbook (a sheet per table), or one table as CSV (UTF-8 with a BOM). */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly units: UnitReportService,
    private readonly participants: ParticipantReportService,
    private readonly questions: QuestionReportService,
    private readonly collective: CollectiveReportService,
  ) {}

  async export(actor: AuthUser, contestId: string, query: ReportExportQueryDto): Promise<{ content: Buffer | string; filename: string }> {
    const scope = await this.scopes.resolve(actor, contestId, query.roundId);
    const filename = `bao-cao-${slug(scope.loaded.contest.title)}`;
    if (query.format === 'csv') {
      const table = query.table ?? 'units';
      return { content: sheetToCsv((await this.sheets(scope, query, table))[0]!), filename: `${filename}-${TABLE_NAMES[table]}.csv` };
    }
    const sheets: Sheet[] = [];
    for (const table of ['units', 'participants', 'questions', 'collective'] as const)
      sheets.push(...(await this.sheets(scope, query, table)));
    return { content: await toLargeXlsx(sheets), filename: `${filename}.xlsx` };
  }

  /** The sheets of one table; the first is the one a CSV carries. */
  private async sheets(scope: ReportScope, query: ReportExportQueryDto, table: ReportTable): Promise<Sheet[]> {
    const maxScore = this.scopes.header(scope).maxScore;
    switch (table) {
      case 'units': {
        const report = await this.units.forScope(scope, await this.scopes.unitIn(scope, query.parentId));
        return [unitReportSheet(report), levelReportSheet(report)];
      }
      case 'participants': {
        const unit = await this.scopes.unitIn(scope, query.unitId ?? query.parentId);
        const { rows } = await this.participants.rows(scope, unit, { sort: 'rank', from: 0, to: Number.MAX_SAFE_INTEGER });
        return [participantReportSheet(rows, maxScore)];
      }
      case 'questions': {
        const report = await this.questions.forScope(
          scope,
          await this.scopes.unitIn(scope, query.unitId ?? query.parentId),
          query.attempts ?? 'best',
        );
        return [questionReportSheet(report), testReportSheet(report)];
      }
      case 'collective': {
        const report = await this.collective.forScope(scope);
        return [
          collectiveReportSheet(report.schools, 'Tập thể - trường', maxScore),
          collectiveReportSheet(report.communes, 'Tập thể - xã', maxScore),
          prizeSheet(report),
        ];
      }
    }
  }
}

const TABLE_NAMES: Record<ReportTable, string> = {
  units: 'theo-don-vi',
  participants: 'theo-thi-sinh',
  questions: 'theo-cau-hoi',
  collective: 'tap-the',
};

function slug(title: string): string {
  return (
    foldVietnamese(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'cuoc-thi'
  );
}
