import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ATTEMPT_CHOICES, ReportHeaderDto, ReportRoundQueryDto } from './report.dto.js';

export type AttemptChoiceDto = (typeof ATTEMPT_CHOICES)[number];
export const ITEM_FLAGS = ['low_efficiency', 'too_easy', 'too_hard'] as const;

export class QuestionReportQueryDto extends ReportRoundQueryDto {
  @ApiPropertyOptional({ enum: ATTEMPT_CHOICES, default: 'best', description: "Which of each person's attempts feed the analysis" })
  @IsOptional()
  @IsIn(ATTEMPT_CHOICES)
  attempts?: AttemptChoiceDto;

  @ApiPropertyOptional({ format: 'uuid', description: "Only attempts made under this unit; the reader's top unit by default" })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class QuestionReportWrongDto {
  @ApiProperty({ description: "The option's id in the question (a, b, c…) or the text answered" }) response: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'A, B, C… as the bank orders the options; null for a typed answer' })
  label: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The option's text" }) text: string | null;
  @ApiProperty() count: number;
}

export class QuestionReportItemDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ description: "1-based, in the contest's question pool" }) position: number;
  @ApiProperty() stem: string;
  @ApiProperty() type: string;
  @ApiPropertyOptional({ nullable: true, type: String }) topic: string | null;
  @ApiProperty({ description: 'Attempts in which the question appeared' }) attempts: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Facility index: mean credit ÷ max credit, 0…1' }) facility:
    number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Standard deviation of the credit ÷ max credit, 0…1' }) sd:
    number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Discrimination index: correlation of the question with the rest of the test, in percent (−100…100)',
  })
  discriminationIndex: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Discriminative efficiency, in percent' })
  discriminativeEfficiency: number | null;
  @ApiPropertyOptional({ type: QuestionReportWrongDto, nullable: true, description: 'The wrong answer chosen most often' })
  mostChosenWrong: QuestionReportWrongDto | null;
  @ApiProperty({ enum: ITEM_FLAGS, isArray: true, description: 'Efficiency below 15 %, facility above 0.9 or below 0.1' })
  flags: (typeof ITEM_FLAGS)[number][];
}

export class QuestionReportTestDto {
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'In marks (0…maxScore), as every figure up to sd' }) mean:
    number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) median: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) sd: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) skewness: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Excess kurtosis' }) kurtosis: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: "Cronbach's alpha (coefficient of internal consistency), percent" })
  cronbachAlpha: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Error ratio, percent' }) errorRatio: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Standard error, in marks' }) standardError: number | null;
}

export class QuestionReportDto extends ReportHeaderDto {
  @ApiProperty({ enum: ATTEMPT_CHOICES }) attemptsChoice: AttemptChoiceDto;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ format: 'date-time', description: 'When the analysis was computed; it is kept until new attempts are submitted' })
  computedAt: string;
  @ApiProperty({ description: 'Served from the cache' }) cached: boolean;
  @ApiProperty({ type: [QuestionReportItemDto], description: "In the pool's order; questions nobody was given are left out" })
  questions: QuestionReportItemDto[];
  @ApiProperty({ type: QuestionReportTestDto }) test: QuestionReportTestDto;
}
