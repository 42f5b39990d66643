import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COGNITIVE_LEVELS,
  DIFFICULTIES,
  QUESTION_STATUSES,
  QUESTION_TYPES,
  type CognitiveLevel,
  type Difficulty,
  type QuestionStatus,
  type QuestionType,
} from './question-draft.js';

// Generous transport limits; the content rules (question-rules.ts) give the precise, explained refusals.
const TEXT_LIMIT = 200_000;

export class OptionInputDto {
  @ApiProperty() @IsString() @MaxLength(TEXT_LIMIT) text: string;
  @ApiProperty() @IsBoolean() correct: boolean;
  @ApiPropertyOptional({ minimum: -100, maximum: 100 }) @IsOptional() @IsNumber() @Min(-100) @Max(100) weight?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) feedback?: string;
}

export class NumericAnswerDto {
  @ApiProperty() @IsNumber() value: number;
  @ApiProperty({ minimum: 0 }) @IsNumber() @Min(0) tolerance: number;
}

export class LegalBasisDto {
  @ApiPropertyOptional({ example: 'luat-06-2022-qh15' }) @IsOptional() @IsString() @MaxLength(100) documentId?: string;
  @ApiPropertyOptional({ example: 'Điều 94' }) @IsOptional() @IsString() @MaxLength(200) article?: string;
  @ApiPropertyOptional({ example: 'Khoản 1' }) @IsOptional() @IsString() @MaxLength(200) clause?: string;
}

export class QuestionInputDto {
  @ApiProperty({ enum: QUESTION_TYPES }) @IsIn(QUESTION_TYPES) type: QuestionType;
  @ApiProperty() @IsString() @MaxLength(TEXT_LIMIT) stem: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) title?: string;
  @ApiPropertyOptional({ type: [OptionInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OptionInputDto)
  options?: OptionInputDto[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  accepted?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() acceptWithoutDiacritics?: boolean;
  @ApiPropertyOptional({ type: NumericAnswerDto }) @IsOptional() @ValidateNested() @Type(() => NumericAnswerDto) numeric?: NumericAnswerDto;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() partialCredit?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT_LIMIT) explanation?: string;
  @ApiPropertyOptional({ type: LegalBasisDto }) @IsOptional() @ValidateNested() @Type(() => LegalBasisDto) legalBasis?: LegalBasisDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) topic?: string;
  @ApiPropertyOptional({ enum: COGNITIVE_LEVELS }) @IsOptional() @IsIn(COGNITIVE_LEVELS) cognitiveLevel?: CognitiveLevel;
  @ApiPropertyOptional({ enum: DIFFICULTIES }) @IsOptional() @IsIn(DIFFICULTIES) difficulty?: Difficulty;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  facts?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: "The unit whose bank holds it; the caller's own unit by default" })
  @IsOptional()
  @IsUUID()
  ownerUnitId?: string;
}

export class OptionDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiProperty() correct: boolean;
  @ApiPropertyOptional() weight?: number;
  @ApiPropertyOptional() feedback?: string;
}

export class LegalBasisViewDto {
  @ApiPropertyOptional({ nullable: true, type: String }) documentId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) documentNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) documentTitle: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) article: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) clause: string | null;
}

export class QuestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty({ enum: QUESTION_STATUSES }) status: QuestionStatus;
  @ApiProperty() needsReview: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiProperty() stem: string;
  @ApiProperty({ type: [OptionDto] }) options: OptionDto[];
  @ApiProperty({ type: [String] }) accepted: string[];
  @ApiProperty() acceptWithoutDiacritics: boolean;
  @ApiPropertyOptional({ type: NumericAnswerDto, nullable: true }) numeric: NumericAnswerDto | null;
  @ApiProperty() partialCredit: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty({ type: LegalBasisViewDto }) legalBasis: LegalBasisViewDto;
  @ApiPropertyOptional({ nullable: true, type: String }) topic: string | null;
  @ApiPropertyOptional({ enum: COGNITIVE_LEVELS, nullable: true }) cognitiveLevel: CognitiveLevel | null;
  @ApiPropertyOptional({ enum: DIFFICULTIES, nullable: true }) difficulty: Difficulty | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) facts: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) authorId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewerId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewComment: string | null;
  @ApiProperty() updatedAt: string;
}

export class DuplicateRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() stem: string;
}

export class SavedQuestionDto {
  @ApiProperty({ type: QuestionDto }) question: QuestionDto;
  @ApiProperty({ type: [DuplicateRefDto], description: 'Questions in the visible bank with the same normalised stem' })
  duplicates: DuplicateRefDto[];
}

export class ListQuestionsQueryDto {
  @ApiPropertyOptional({ description: 'Ignores case and diacritics' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) topic?: string;
  @ApiPropertyOptional({ enum: COGNITIVE_LEVELS }) @IsOptional() @IsIn(COGNITIVE_LEVELS) level?: CognitiveLevel;
  @ApiPropertyOptional({ enum: QUESTION_STATUSES }) @IsOptional() @IsIn(QUESTION_STATUSES) status?: QuestionStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) documentId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the bank of this unit' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) needsReview?: 'true' | 'false';
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 25 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize?: number;
}

export class QuestionPageDto {
  @ApiProperty({ type: [QuestionDto] }) items: QuestionDto[];
  @ApiProperty() total: number;
}

export class StatusChangeDto {
  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) ids: string[];
  @ApiProperty({ enum: QUESTION_STATUSES }) @IsIn(QUESTION_STATUSES) status: QuestionStatus;
  @ApiPropertyOptional({ description: 'Why a question is sent back' }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class StatusChangeResultDto {
  @ApiProperty() changed: number;
  @ApiProperty({ type: [String] }) refused: string[];
}

export class MatrixCellDto {
  @ApiPropertyOptional({ nullable: true, type: String }) topic: string | null;
  @ApiPropertyOptional({ enum: COGNITIVE_LEVELS, nullable: true }) cognitiveLevel: CognitiveLevel | null;
  @ApiProperty() count: number;
}
