import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module.js';
import { UnitsModule } from '../units/units.module.js';
import { ReportsController } from './reports.controller.js';
import { UnitReportService } from './unit-report.service.js';

@Module({
  imports: [ContestsModule, UnitsModule],
  controllers: [ReportsController],
  providers: [UnitReportService],
})
export class ReportsModule {}
