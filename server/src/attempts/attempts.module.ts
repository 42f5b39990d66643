import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestsController } from '../contests/contests.controller.js';
import { ContestsModule } from '../contests/contests.module.js';
import { LeaderboardModule } from '../leaderboard/leaderboard.module.js';
import { AnswerWriter } from './answer-writer.js';
import { Attempt } from './attempt.entity.js';
import { AttemptMetaCache } from './attempt-meta.cache.js';
import { AttemptReviewService } from './attempt-review.service.js';
import { AttemptSimulation } from './attempt-simulation.service.js';
import { AttemptSubmissionService } from './attempt-submission.service.js';
import { AttemptSweeper } from './attempt-sweeper.service.js';
import { AttemptsController } from './attempts.controller.js';
import { AttemptsService } from './attempts.service.js';
import { QuestionContentCache } from './question-content.cache.js';

// The contests controller lives here: starting an attempt is one of its routes.
@Module({
  imports: [TypeOrmModule.forFeature([Attempt]), ContestsModule, LeaderboardModule],
  controllers: [ContestsController, AttemptsController],
  providers: [
    AnswerWriter,
    AttemptSimulation,
    AttemptsService,
    AttemptSubmissionService,
    AttemptReviewService,
    AttemptSweeper,
    AttemptMetaCache,
    QuestionContentCache,
  ],
  exports: [AttemptsService, AttemptSubmissionService, AttemptSimulation],
})
export class AttemptsModule {}
