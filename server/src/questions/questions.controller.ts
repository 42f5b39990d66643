import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/errors/error-catalog.js';
import { sendDownload } from '../common/http/download.js';
import { Lang } from '../common/http/language.decorator.js';
import { FileUpload, requireFile, type UploadedFileLike } from '../common/http/upload.js';
import { TemplateQueryDto } from '../units/unit.dto.js';
import { GrantDto } from './legal-document.dto.js';
import { ExportQuestionsQueryDto, ImportQuestionsQueryDto, ImportResultDto } from './question-import.dto.js';
import {
  ListQuestionsQueryDto,
  MatrixCellDto,
  QuestionDto,
  QuestionInputDto,
  QuestionPageDto,
  SavedQuestionDto,
  StatusChangeDto,
  StatusChangeResultDto,
} from './question.dto.js';
import { describeRule, type RuleProblem } from './question-rules.js';
import { QuestionExportService } from './question-export.service.js';
import { QuestionImportService } from './question-import.service.js';
import { QuestionScope } from './question-scope.js';
import { QuestionStatusService } from './question-status.service.js';
import { QuestionsService } from './questions.service.js';

/** Content-rule problems carry field-level details; give each its message in the caller's language. */
async function explained<T>(language: Language, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'QUESTION_INVALID') {
      throw new AppError(
        'QUESTION_INVALID',
        {},
        (error.details as RuleProblem[]).map((problem) => describeRule(problem, language)),
      );
    }
    throw error;
  }
}

@ApiTags('questions')
@Roles('admin', 'organizer')
@Controller('questions')
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly statuses: QuestionStatusService,
    private readonly importer: QuestionImportService,
    private readonly exporter: QuestionExportService,
    private readonly scope: QuestionScope,
  ) {}

  @Get()
  @ApiOkResponse({ type: QuestionPageDto })
  list(@CurrentUser() actor: AuthUser, @Query() query: ListQuestionsQueryDto): Promise<QuestionPageDto> {
    return this.questions.list(actor, query);
  }

  @Get('matrix')
  @ApiOkResponse({ type: [MatrixCellDto], description: 'Approved questions (not flagged) per topic × cognitive level' })
  matrix(@CurrentUser() actor: AuthUser): Promise<MatrixCellDto[]> {
    return this.questions.matrix(actor);
  }

  @Get('export')
  @ApiProduces('application/json', 'text/plain', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentUser() actor: AuthUser, @Query() query: ExportQuestionsQueryDto, @Res() response: Response): Promise<void> {
    const { format, ...filters } = query;
    const { content, filename } = await this.exporter.export(actor, filters, format);
    sendDownload(response, content, filename);
  }

  @Get('import/template')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async template(@Query() query: TemplateQueryDto, @Res() response: Response): Promise<void> {
    const format = query.format ?? 'xlsx';
    sendDownload(response, await this.exporter.template(format), `mau-nhap-cau-hoi.${format}`);
  }

  @Post('import')
  @HttpCode(200)
  @FileUpload()
  @ApiOkResponse({ type: ImportResultDto })
  import(
    @CurrentUser() actor: AuthUser,
    @Lang() language: Language,
    @Query() query: ImportQuestionsQueryDto,
    @UploadedFile() file: UploadedFileLike | undefined,
  ): Promise<ImportResultDto> {
    return this.importer.import(actor, requireFile(file), {
      format: query.format,
      dryRun: query.dryRun !== 'false',
      skipInvalid: query.skipInvalid === 'true',
      ownerUnitId: query.ownerUnitId,
      language,
    });
  }

  @Post('status')
  @HttpCode(200)
  @ApiOkResponse({ type: StatusChangeResultDto })
  changeStatus(@CurrentUser() actor: AuthUser, @Body() body: StatusChangeDto): Promise<StatusChangeResultDto> {
    return this.statuses.change(actor, body.ids, body.status, body.comment);
  }

  @Post('grants')
  @HttpCode(204)
  async grant(@CurrentUser() actor: AuthUser, @Body() body: GrantDto): Promise<void> {
    await this.scope.grant(actor, body.unitId, body.userId);
  }

  @Post()
  @ApiCreatedResponse({ type: SavedQuestionDto })
  create(@CurrentUser() actor: AuthUser, @Lang() language: Language, @Body() body: QuestionInputDto): Promise<SavedQuestionDto> {
    const { ownerUnitId, ...draft } = body;
    return explained(language, () => this.questions.create(actor, draft, ownerUnitId));
  }

  @Get(':id')
  @ApiOkResponse({ type: QuestionDto })
  get(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionDto> {
    return this.questions.get(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SavedQuestionDto })
  update(
    @CurrentUser() actor: AuthUser,
    @Lang() language: Language,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: QuestionInputDto,
  ): Promise<SavedQuestionDto> {
    const { ownerUnitId: _owner, ...draft } = body;
    return explained(language, () => this.questions.update(actor, id, draft));
  }

  @Delete(':id')
  @ApiOkResponse({ schema: { properties: { outcome: { enum: ['deleted', 'retired'] } } } })
  async remove(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<{ outcome: 'deleted' | 'retired' }> {
    return { outcome: await this.questions.remove(actor, id) };
  }
}
