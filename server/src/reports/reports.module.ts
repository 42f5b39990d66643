import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module.js';
import { AnswerMatrixStore } from './answer-matrix.store.js';
import { CollectiveReportService } from './collective-report.service.js';
import { ParticipantReportService } from './participant-report.service.js';
import { QuestionReportService } from './question-report.service.js';
import { ReportExportService } from './report-export.service.js';
import { ReportScopeService } from './report-scope.service.js';
import { ReportsController } from './reports.controller.js';
import { RoundAttemptsStore } from './round-attempts.store.js';
import { UnitReportService } from './unit-report.service.js';

@Module({
  imports: [ContestsModule],
  controllers: [ReportsController],
  providers: [
    ReportScopeService,
    RoundAttemptsStore,
    AnswerMatrixStore,
    UnitReportService,
    ParticipantReportService,
    QuestionReportService,
    CollectiveReportService,
    ReportExportService,
  ],
})
export class ReportsModule {}
