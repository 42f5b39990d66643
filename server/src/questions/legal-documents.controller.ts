import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/decorators.js';
import { CreateTopicDto, LegalDocumentDto, SupersedeDto, SupersedeResultDto, TopicDto } from './legal-document.dto.js';
import { LegalDocumentsService } from './legal-documents.service.js';

@ApiTags('questions')
@Roles('admin', 'organizer')
@Controller()
export class LegalDocumentsController {
  constructor(private readonly documents: LegalDocumentsService) {}

  @Get('legal-documents')
  @ApiOkResponse({ type: [LegalDocumentDto] })
  async list(): Promise<LegalDocumentDto[]> {
    return (await this.documents.listDocuments()).map(({ id, number, title, issuer, issuedAt, effectiveAt, supersededBy }) => ({
      id,
      number,
      title,
      issuer,
      issuedAt,
      effectiveAt,
      supersededBy,
    }));
  }

  @Roles('admin')
  @Patch('legal-documents/:id/supersede')
  @ApiOkResponse({ type: SupersedeResultDto, description: 'Flags every question resting on the document for review' })
  supersede(@Param('id') id: string, @Body() body: SupersedeDto): Promise<SupersedeResultDto> {
    return this.documents.supersede(id, body.supersededBy);
  }

  @Get('topics')
  @ApiOkResponse({ type: [TopicDto] })
  async topics(): Promise<TopicDto[]> {
    return (await this.documents.listTopics()).map(({ code, name }) => ({ code, name }));
  }

  @Roles('admin')
  @Post('topics')
  @ApiOkResponse({ type: TopicDto })
  async createTopic(@Body() body: CreateTopicDto): Promise<TopicDto> {
    await this.documents.upsertTopic(body.code, body.name);
    return body;
  }
}
