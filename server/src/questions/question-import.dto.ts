import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ListQuestionsQueryDto } from './question.dto.js';

const FORMATS = ['gift', 'aiken', 'xlsx', 'csv', 'json'] as const;

export class ImportQuestionsQueryDto {
  @ApiProperty({ enum: FORMATS }) @IsIn(FORMATS) format: (typeof FORMATS)[number];
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'true' }) @IsOptional() @Matches(/^(true|false)$/) dryRun?: 'true' | 'false';
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Import the valid questions of a file that has errors' })
  @IsOptional()
  @Matches(/^(true|false)$/)
  skipInvalid?: 'true' | 'false';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerUnitId?: string;
}

export class ImportProblemDto {
  @ApiProperty() line: number;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class ImportPreviewDto {
  @ApiProperty() line: number;
  @ApiProperty() type: string;
  @ApiProperty() stem: string;
  @ApiPropertyOptional() topic?: string;
  @ApiPropertyOptional() cognitiveLevel?: string;
}

export class ImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty() total: number;
  @ApiProperty() valid: number;
  @ApiProperty() imported: number;
  @ApiProperty({ type: [ImportProblemDto] }) errors: ImportProblemDto[];
  @ApiProperty({ type: [ImportPreviewDto], description: 'The first 500 questions that would be created' }) questions: ImportPreviewDto[];
}

export class ExportQuestionsQueryDto extends ListQuestionsQueryDto {
  @ApiProperty({ enum: FORMATS }) @IsIn(FORMATS) format: (typeof FORMATS)[number];
}
