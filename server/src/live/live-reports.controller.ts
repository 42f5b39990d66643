import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { LiveReportQueryDto, LiveReportRoundDto } from './live-round.dto.js';
import { LiveRoundsService } from './live-rounds.service.js';

/** Live rounds as the reports list them, scoped like every report: an organizer their subtree, an admin everything. */
@ApiTags('reports')
@Roles('admin', 'organizer')
@Controller('reports/live-rounds')
export class LiveReportsController {
  constructor(private readonly rounds: LiveRoundsService) {}

  @Get()
  @ApiOkResponse({ type: [LiveReportRoundDto], description: 'Running and finished rounds, newest first, with players and schools' })
  list(@CurrentUser() actor: AuthUser, @Query() query: LiveReportQueryDto): Promise<LiveReportRoundDto[]> {
    return this.rounds.reportList(actor, query.unitId);
  }
}
