import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module.js';
import { LeaderboardController } from './leaderboard.controller.js';
import { LeaderboardGateway } from './leaderboard.gateway.js';
import { LeaderboardService } from './leaderboard.service.js';
import { ResultsService } from './results.service.js';

@Module({
  imports: [ContestsModule],
  controllers: [LeaderboardController],
  providers: [LeaderboardService, LeaderboardGateway, ResultsService],
  exports: [LeaderboardService],
})
export class LeaderboardModule {}
