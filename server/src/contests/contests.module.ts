import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/units.module.js';
import { Contest } from './contest.entity.js';
import { ContestRegistrations } from './contest-registrations.js';
import { ContestRound } from './contest-round.entity.js';
import { ContestsService } from './contests.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Contest, ContestRound]), UnitsModule],
  providers: [ContestsService, ContestRegistrations],
  exports: [ContestsService],
})
export class ContestsModule {}
