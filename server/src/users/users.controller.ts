import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../common/auth/decorators.js';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/errors/error-catalog.js';
import { describeRowProblem } from '../common/errors/row-problems.js';
import { sendDownload } from '../common/http/download.js';
import { Lang } from '../common/http/language.decorator.js';
import { FileUpload, requireFile, type UploadedFileLike } from '../common/http/upload.js';
import { ImportQueryDto, TemplateQueryDto } from '../units/unit.dto.js';
import { CredentialsStore } from './credentials-store.js';
import { RosterImportService } from './roster-import.service.js';
import {
  CreatedUserDto,
  CreateUserDto,
  DuplicateGroupDto,
  ListUsersQueryDto,
  ResetPasswordResultDto,
  RosterImportBodyDto,
  RosterImportResultDto,
  UserPageDto,
} from './user.dto.js';
import { toUserDto, UsersService } from './users.service.js';

@ApiTags('users')
@Roles('admin', 'organizer')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly rosterImport: RosterImportService,
    private readonly credentials: CredentialsStore,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentUser() actor: AuthUser, @Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    return this.users.list(actor, query);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedUserDto })
  async create(@CurrentUser() actor: AuthUser, @Body() body: CreateUserDto): Promise<CreatedUserDto> {
    const { user, password } = await this.users.create(actor, body);
    return { user: toUserDto(user), password };
  }

  @Get('duplicates')
  @ApiOkResponse({ type: [DuplicateGroupDto] })
  duplicates(@CurrentUser() actor: AuthUser): Promise<DuplicateGroupDto[]> {
    return this.users.duplicates(actor);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOkResponse({ type: ResetPasswordResultDto })
  async resetPassword(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ResetPasswordResultDto> {
    return { password: await this.users.resetPassword(actor, id) };
  }

  @Post('import')
  @HttpCode(200)
  @FileUpload({ unitId: { type: 'string', format: 'uuid' } })
  @ApiOkResponse({ type: RosterImportResultDto })
  async import(
    @CurrentUser() actor: AuthUser,
    @Lang() language: Language,
    @Query() query: ImportQueryDto,
    @Body() body: RosterImportBodyDto,
    @UploadedFile() file: UploadedFileLike | undefined,
  ): Promise<RosterImportResultDto> {
    const outcome = await this.rosterImport.import(actor, body.unitId, requireFile(file), query.dryRun !== 'false');
    const { problems, credentialsId, ...rest } = outcome;
    return {
      ...rest,
      errors: problems.map((problem) => describeRowProblem(problem, language)),
      credentialsFile: credentialsId ? `/api/users/credentials/${credentialsId}.xlsx` : undefined,
    };
  }

  @Get('import/template')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async template(@Query() query: TemplateQueryDto, @Res() response: Response): Promise<void> {
    const format = query.format ?? 'xlsx';
    sendDownload(response, await this.rosterImport.template(format), `mau-danh-sach.${format}`);
  }

  @Get('credentials/:id.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  downloadCredentials(@CurrentUser() actor: AuthUser, @Param('id') id: string, @Res() response: Response): void {
    const sheet = this.credentials.take(id, actor.id);
    if (!sheet) throw new AppError('CREDENTIALS_EXPIRED');
    sendDownload(response, sheet.content, sheet.filename);
  }
}
