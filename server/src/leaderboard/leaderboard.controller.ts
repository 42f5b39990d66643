import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, OptionalSession } from '../common/auth/decorators.js';
import { AppError } from '../common/errors/app-error.js';
import { ContestsService } from '../contests/contests.service.js';
import { LeaderboardDto, LeaderboardQueryDto } from './leaderboard.dto.js';
import { LeaderboardService } from './leaderboard.service.js';
import { ResultsDto, ResultsQueryDto } from './results.dto.js';
import { ResultsService } from './results.service.js';

@ApiTags('contests')
@Controller('contests')
export class LeaderboardController {
  constructor(
    private readonly contests: ContestsService,
    private readonly leaderboard: LeaderboardService,
    private readonly resultsService: ResultsService,
  ) {}

  /** Organizers in scope see full names; participants who may see the contest see students' names masked, their own line marked. */
  @Get(':id/results')
  @ApiOkResponse({
    type: ResultsDto,
    description:
      'A round (or overall) ranking, paged, final once the round has closed; the real count for the prediction, the prize list, collective rankings of units',
  })
  async results(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ResultsQueryDto,
  ): Promise<ResultsDto> {
    await this.contests.assertReadable(actor, await this.contests.load(id));
    return this.resultsService.results(id, query, { userId: actor.id, full: actor.role !== 'participant' });
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
