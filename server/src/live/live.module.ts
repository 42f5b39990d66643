import { Module } from '@nestjs/common';
import { QuestionContentCache } from '../attempts/question-content.cache.js';
import { ContestsModule } from '../contests/contests.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { UnitsModule } from '../units/units.module.js';
import { LiveJoinController } from './live-join.controller.js';
import { LivePlayService } from './live-play.service.js';
import { LiveReportsController } from './live-reports.controller.js';
import { LiveResultsService } from './live-results.service.js';
import { LiveRoundsController } from './live-rounds.controller.js';
import { LiveRoundsService } from './live-rounds.service.js';
import { LiveStore } from './live-store.js';
import { LiveGateway } from './live.gateway.js';

@Module({
  imports: [UnitsModule, QuestionsModule, ContestsModule],
  controllers: [LiveRoundsController, LiveJoinController, LiveReportsController],
  // The question cache is the attempts module's class; a second instance here caches the versions rounds freeze.
  providers: [LiveStore, LivePlayService, LiveRoundsService, LiveResultsService, LiveGateway, QuestionContentCache],
  exports: [LiveRoundsService, LiveResultsService],
})
export class LiveModule {}
