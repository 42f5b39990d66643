import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { sendDownload } from '../common/http/download.js';
import { sheetToCsv, toXlsx } from '../common/spreadsheet/write-table.js';
import {
  CreateLiveRoundDto,
  LiveExportQueryDto,
  LiveResultsDto,
  LiveRoundCreatedDto,
  LiveRoundDto,
  LiveRoundSummaryDto,
} from './live-round.dto.js';
import { liveResultSheets } from './live-results.sheet.js';
import { LiveResultsService } from './live-results.service.js';
import { LiveRoundsService } from './live-rounds.service.js';

@ApiTags('live')
@Roles('admin', 'organizer')
@Controller('live-rounds')
export class LiveRoundsController {
  constructor(
    private readonly rounds: LiveRoundsService,
    private readonly results: LiveResultsService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: LiveRoundCreatedDto, description: 'The questions are frozen (version, option order) and a PIN is drawn' })
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateLiveRoundDto): Promise<LiveRoundCreatedDto> {
    return this.rounds.create(actor, body);
  }

  @Get()
  @ApiOkResponse({ type: [LiveRoundSummaryDto], description: 'Rounds the caller hosts or whose unit they manage, newest first' })
  list(@CurrentUser() actor: AuthUser): Promise<LiveRoundSummaryDto[]> {
    return this.rounds.list(actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: LiveRoundDto })
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<LiveRoundDto> {
    return this.rounds.get(actor, id);
  }

  @Get(':id/results')
  @ApiOkResponse({ type: LiveResultsDto, description: 'Players, points and every answer with its server time, as committed' })
  resultsOf(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<LiveResultsDto> {
    return this.results.results(actor, id);
  }

  @Get(':id/export')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async export(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: LiveExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const sheets = liveResultSheets(await this.results.results(actor, id));
    const format = query.format ?? 'xlsx';
    sendDownload(response, format === 'csv' ? sheetToCsv(sheets[0]!) : await toXlsx(sheets), `ket-qua-phong-thi.${format}`);
  }
}
