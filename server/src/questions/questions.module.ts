import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/units.module.js';
import { LegalDocument } from './legal-document.entity.js';
import { LegalDocumentsController } from './legal-documents.controller.js';
import { LegalDocumentsService } from './legal-documents.service.js';
import { Question } from './question.entity.js';
import { QuestionExportService } from './question-export.service.js';
import { QuestionImportService } from './question-import.service.js';
import { QuestionScope } from './question-scope.js';
import { QuestionStatusService } from './question-status.service.js';
import { QuestionVersion } from './question-version.entity.js';
import { QuestionsController } from './questions.controller.js';
import { QuestionsService } from './questions.service.js';
import { SeedBankService } from './seed-bank.service.js';
import { Topic } from './topic.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Question, QuestionVersion, LegalDocument, Topic]), UnitsModule],
  controllers: [QuestionsController, LegalDocumentsController],
  providers: [
    QuestionsService,
    QuestionScope,
    QuestionStatusService,
    QuestionImportService,
    QuestionExportService,
    LegalDocumentsService,
    SeedBankService,
  ],
  exports: [QuestionsService, SeedBankService],
})
export class QuestionsModule {}
