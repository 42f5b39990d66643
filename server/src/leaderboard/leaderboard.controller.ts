import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, OptionalSession, Roles } from '../common/auth/decorators.js';
import { AppError } from '../common/errors/app-error.js';
import { ContestsService } from '../contests/contests.service.js';
import { LeaderboardDto, LeaderboardQueryDto, ResultsDto } from './leaderboard.dto.js';
import { LeaderboardService } from './leaderboard.service.js';

@ApiTags('contests')
@Controller('contests')
export class LeaderboardController {
  constructor(
    private readonly contests: ContestsService,
    private readonly leaderboard: LeaderboardService,
  ) {}

  @Roles('admin', 'organizer')
  @Get(':id/results')
  @ApiOkResponse({ type: ResultsDto, description: 'Prize list, the real count for the prediction, collective rankings, overall ranking' })
  async results(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: LeaderboardQueryDto,
  ): Promise<ResultsDto> {
    await this.contests.assertReadable(actor, await this.contests.load(id));
    return this.leaderboard.results(id, query.roundId);
  }

  /** Public for a published contest (student names masked); organizers in scope see full names. */
  @OptionalSession()
  @Get(':id/leaderboard')
  @ApiOkResponse({ type: LeaderboardDto })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: LeaderboardQueryDto,
    @Req() request: Request & { user?: AuthUser },
  ): Promise<LeaderboardDto> {
    const loaded = await this.contests.load(id);
    const user = request.user;
    const full =
      !!user &&
      user.role !== 'participant' &&
      (await this.contests.assertReadable(user, loaded).then(
        () => true,
        () => false,
      ));
    if (!full && loaded.contest.status !== 'published') throw new AppError('CONTEST_NOT_FOUND');
    return this.leaderboard.snapshot(id, query.roundId, { limit: query.limit ?? 20, full });
  }
}
