import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module.js';
import { ContestsModule } from '../contests/contests.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { UnitsModule } from '../units/units.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoContest } from './demo-contest.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({ imports: [UnitsModule, UsersModule, QuestionsModule, ContestsModule, AttemptsModule], providers: [DemoSeeder, DemoContest] })
export class DemoModule {}
