import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { sendDownload } from '../common/http/download.js';
import { sheetToCsv, toXlsx } from '../common/spreadsheet/write-table.js';
import { UnitReportDto, UnitReportExportQueryDto, UnitReportQueryDto } from './report.dto.js';
import { unitReportSheet } from './unit-report.sheet.js';
import { UnitReportService } from './unit-report.service.js';

@ApiTags('reports')
@Roles('admin', 'organizer')
@Controller('reports/contests')
export class ReportsController {
  constructor(private readonly unitReports: UnitReportService) {}

  @Get(':id/units')
  @ApiOkResponse({ type: UnitReportDto, description: 'One row per child unit of parentId, a total row, and the same by school level' })
  units(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: UnitReportQueryDto,
  ): Promise<UnitReportDto> {
    return this.unitReports.byUnit(actor, id, query.roundId, query.parentId);
  }

  @Get(':id/export')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async export(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: UnitReportExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.unitReports.byUnit(actor, id, query.roundId, query.parentId);
    const sheet = unitReportSheet(report);
    sendDownload(response, query.format === 'csv' ? sheetToCsv(sheet) : await toXlsx([sheet]), `bao-cao-don-vi.${query.format}`);
  }
}
