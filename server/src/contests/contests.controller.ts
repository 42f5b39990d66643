import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AttemptDto } from '../attempts/attempt.dto.js';
import { AttemptsService } from '../attempts/attempts.service.js';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { ContestDto, ContestInputDto, ExtendRoundDto, MatrixCheckDto, MatrixShortfallDto, StartAttemptDto } from './contest.dto.js';
import type { MatrixCell } from './rules/draw.js';
import { ContestsService } from './contests.service.js';

@ApiTags('contests')
@Controller('contests')
export class ContestsController {
  constructor(
    private readonly contests: ContestsService,
    private readonly attempts: AttemptsService,
  ) {}

  @Get()
  @ApiOkResponse({
    type: [ContestDto],
    description: "Organizers: their subtree's contests; participants: the published contests they may take",
  })
  list(@CurrentUser() actor: AuthUser): Promise<ContestDto[]> {
    return this.contests.list(actor);
  }

  @Roles('admin', 'organizer')
  @Post()
  @ApiCreatedResponse({ type: ContestDto })
  create(@CurrentUser() actor: AuthUser, @Body() body: ContestInputDto): Promise<ContestDto> {
    return this.contests.create(actor, body);
  }

  @Roles('admin', 'organizer')
  @Post('matrix-check')
  @HttpCode(200)
  @ApiOkResponse({ type: [MatrixShortfallDto], description: 'Cells the bank cannot fill with approved questions; empty when it can' })
  matrixCheck(@CurrentUser() actor: AuthUser, @Body() body: MatrixCheckDto): Promise<MatrixShortfallDto[]> {
    return this.contests.matrixShortfalls(actor, body.drawMatrix as MatrixCell[], body.ownerUnitId);
  }

  @Get(':id')
  @ApiOkResponse({ type: ContestDto })
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ContestDto> {
    return this.contests.get(actor, id);
  }

  @Roles('admin', 'organizer')
  @Patch(':id')
  @ApiOkResponse({ type: ContestDto })
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ContestInputDto): Promise<ContestDto> {
    return this.contests.update(actor, id, body);
  }

  @Roles('admin', 'organizer')
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: ContestDto })
  publish(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ContestDto> {
    return this.contests.publish(actor, id);
  }

  @Roles('admin', 'organizer')
  @Patch(':id/rounds/:roundId')
  @ApiOkResponse({ type: ContestDto, description: "Extends a round's window (logged); nothing else changes after publishing" })
  extend(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() body: ExtendRoundDto,
  ): Promise<ContestDto> {
    return this.contests.extendRound(actor, id, roundId, new Date(body.closesAt));
  }

  @Roles('participant')
  @Post(':id/registrations')
  @HttpCode(200)
  @ApiOkResponse({
    type: ContestDto,
    description:
      "Enrols the caller in a contest that takes registrations (participants of the owner unit's subtree outside the audience); idempotent",
  })
  register(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ContestDto> {
    return this.contests.register(actor, id);
  }

  @Roles('participant')
  @Post(':id/attempts')
  @ApiCreatedResponse({ type: AttemptDto, description: 'Starts an attempt, or returns the active one' })
  start(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: StartAttemptDto): Promise<AttemptDto> {
    return this.attempts.start(actor, id, body.roundId);
  }
}
