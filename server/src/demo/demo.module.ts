import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module.js';
import { UnitsModule } from '../units/units.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({ imports: [UnitsModule, UsersModule, QuestionsModule], providers: [DemoSeeder] })
export class DemoModule {}
