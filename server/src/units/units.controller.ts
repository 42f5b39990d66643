import {
  Body,
  Controller,
  Inject,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Public, Roles } from '../common/auth/decorators.js';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/errors/error-catalog.js';
import { describeRowProblem } from '../common/errors/row-problems.js';
import { Lang } from '../common/http/language.decorator.js';
import { sendDownload } from '../common/http/download.js';
import { FileUpload, requireFile, type UploadedFileLike } from '../common/http/upload.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CreateUnitDto, ImportQueryDto, PublicUnitDto, TemplateQueryDto, UnitDto, UnitImportResultDto, UpdateUnitDto } from './unit.dto.js';
import { UnitImportService } from './unit-import.service.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly unitImport: UnitImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: [UnitDto] })
  list(@CurrentUser() actor: AuthUser): Promise<UnitDto[]> {
    return this.units.listFor(actor);
  }

  @Public()
  @Get('public')
  @ApiOkResponse({ type: [PublicUnitDto], description: 'The unit tree for self-registration (names only)' })
  listPublic(): Promise<PublicUnitDto[]> {
    if (!this.config.selfRegistration) throw new AppError('REGISTRATION_CLOSED');
    return this.units.listPublic();
  }

  @Roles('admin', 'organizer')
  @Post()
  @ApiOkResponse({ type: UnitDto })
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(actor, body);
  }

  @Roles('admin', 'organizer')
  @Patch(':id')
  @ApiOkResponse({ type: UnitDto })
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUnitDto): Promise<UnitDto> {
    return this.units.update(actor, id, body);
  }

  @Roles('admin', 'organizer')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.units.remove(actor, id);
  }

  @Roles('admin', 'organizer')
  @Post('import')
  @HttpCode(200)
  @FileUpload()
  @ApiOkResponse({ type: UnitImportResultDto })
  async import(
    @CurrentUser() actor: AuthUser,
    @Lang() language: Language,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedFileLike | undefined,
  ): Promise<UnitImportResultDto> {
    const outcome = await this.unitImport.import(actor, requireFile(file), query.dryRun !== 'false');
    const { problems, ...counts } = outcome;
    return { ...counts, errors: problems.map((problem) => describeRowProblem(problem, language)) };
  }

  @Roles('admin', 'organizer')
  @Get('import/template')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async template(@Query() query: TemplateQueryDto, @Res() response: Response): Promise<void> {
    const format = query.format ?? 'xlsx';
    sendDownload(response, await this.unitImport.template(format), `mau-nhap-don-vi.${format}`);
  }
}
