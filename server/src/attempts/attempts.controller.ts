import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { AttemptDto, ReviewDto, SaveAnswerDto, SavedAnswerDto, SaveAnswerResultDto, SubmitDto, SubmitResultDto } from './attempt.dto.js';
import { AttemptReviewService } from './attempt-review.service.js';
import { AttemptSubmissionService } from './attempt-submission.service.js';
import { AttemptsService } from './attempts.service.js';

@ApiTags('attempts')
@ApiExtraModels(SavedAnswerDto)
@Roles('participant')
@Controller('attempts')
export class AttemptsController {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly submission: AttemptSubmissionService,
    private readonly reviews: AttemptReviewService,
  ) {}

  @Get(':id')
  @ApiOkResponse({ type: AttemptDto, description: 'Resume: the paper, saved answers and the server clock; never a key' })
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AttemptDto> {
    return this.attempts.view(actor, id);
  }

  @Put(':id/answers/:questionId')
  @ApiOkResponse({
    type: SaveAnswerResultDto,
    description: 'Answered after the row is committed; 409 ATTEMPT_DEADLINE_PASSED after the deadline and grace',
  })
  saveAnswer(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Body() body: SaveAnswerDto,
  ): Promise<SaveAnswerResultDto> {
    return this.attempts.saveAnswer(actor, id, questionId, body.response, body.seq);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: SubmitResultDto })
  submit(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SubmitDto): Promise<SubmitResultDto> {
    return this.submission.submit(actor, id, body.prediction);
  }

  @Get(':id/review')
  @ApiOkResponse({ type: ReviewDto })
  review(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ReviewDto> {
    return this.reviews.review(actor, id);
  }
}
