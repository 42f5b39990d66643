import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { sendDownload } from '../common/http/download.js';
import { CollectiveReportDto } from './collective-report.dto.js';
import { CollectiveReportService } from './collective-report.service.js';
import { ParticipantReportDto, ParticipantReportQueryDto } from './participant-report.dto.js';
import { ParticipantReportService } from './participant-report.service.js';
import { QuestionReportDto, QuestionReportQueryDto } from './question-report.dto.js';
import { QuestionReportService } from './question-report.service.js';
import { ReportExportQueryDto, ReportRoundQueryDto, UnitReportDto, UnitReportQueryDto } from './report.dto.js';
import { ReportExportService } from './report-export.service.js';
import { UnitReportService } from './unit-report.service.js';

/** Reports of a contest for its organizers, scoped to the units they manage; participants are refused (403). */
@ApiTags('reports')
@Roles('admin', 'organizer')
@Controller('reports/contests')
export class ReportsController {
  constructor(
    private readonly units: UnitReportService,
    private readonly participants: ParticipantReportService,
    private readonly questions: QuestionReportService,
    private readonly collective: CollectiveReportService,
    private readonly exports: ReportExportService,
  ) {}

  @Get(':id/units')
  @ApiOkResponse({ type: UnitReportDto, description: 'One row per child unit of parentId, a total row, and the same by school level' })
  byUnit(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: UnitReportQueryDto,
  ): Promise<UnitReportDto> {
    return this.units.report(actor, id, query.roundId, query.parentId);
  }

  @Get(':id/participants')
  @ApiOkResponse({
    type: ParticipantReportDto,
    description: "Everyone of a unit's subtree the contest concerns, with their counted attempt and rank; one page",
  })
  byParticipant(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ParticipantReportQueryDto,
  ): Promise<ParticipantReportDto> {
    return this.participants.report(actor, id, query);
  }

  @Get(':id/questions')
  @ApiOkResponse({
    type: QuestionReportDto,
    description: "Item analysis with Moodle's definitions, cached until new attempts are submitted",
  })
  byQuestion(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: QuestionReportQueryDto,
  ): Promise<QuestionReportDto> {
    return this.questions.report(actor, id, query);
  }

  @Get(':id/collective')
  @ApiOkResponse({ type: CollectiveReportDto, description: 'Units ranked by number and by rate of participants, and the prize list' })
  collectiveRanking(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ReportRoundQueryDto,
  ): Promise<CollectiveReportDto> {
    return this.collective.report(actor, id, query.roundId);
  }

  @Get(':id/export')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: '.xlsx: a sheet per table, Vietnamese headers, frozen header row; .csv: one table, UTF-8 with a BOM' })
  async export(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ReportExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const { content, filename } = await this.exports.export(actor, id, query);
    sendDownload(response, content, filename);
  }
}
