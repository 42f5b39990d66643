import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/units.module.js';
import { Contest } from './contest.entity.js';
import { ContestRound } from './contest-round.entity.js';
import { ContestsService } from './contests.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Contest, ContestRound]), UnitsModule],
  providers: [ContestsService],
  exports: [ContestsService],
})
export class ContestsModule {}
