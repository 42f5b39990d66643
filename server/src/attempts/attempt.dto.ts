import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsInt, IsOptional, Max, Min } from 'class-validator';
import { QUESTION_TYPES, type QuestionType } from '../questions/question-draft.js';

export class PaperOptionDto {
  @ApiProperty({ description: 'Per-attempt id: positions and ids leak nothing' }) id: string;
  @ApiProperty() text: string;
}

export class PaperQuestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty() stem: string;
  @ApiPropertyOptional({ type: [PaperOptionDto] }) options?: PaperOptionDto[];
}

export class SavedAnswerDto {
  @ApiProperty({ description: 'An option id, an array of option ids, a string or a number' }) response: unknown;
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'date-time' }) savedAt: string;
}

export class AttemptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() number: number;
  @ApiProperty({ enum: ['active', 'submitted'] }) status: 'active' | 'submitted';
  @ApiProperty({ format: 'date-time' }) deadlineAt: string;
  @ApiProperty({ format: 'date-time', description: "The server's clock: the client counts down from it" }) serverNow: string;
  @ApiProperty() predictionEnabled: boolean;
  @ApiProperty({ type: [PaperQuestionDto] }) questions: PaperQuestionDto[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/SavedAnswerDto' } }) answers: Record<
    string,
    SavedAnswerDto
  >;
}

export class SaveAnswerDto {
  @ApiProperty({
    description: 'An option id (single, true_false), an array of option ids (multiple), a string (short_text), a number (numeric)',
  })
  @Allow() // checked against the question by isWellFormedResponse; null clears an answer
  response: unknown;

  @ApiProperty({ description: 'Client sequence number: a late retry never overwrites a newer choice' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  seq: number;
}

export class SaveAnswerResultDto {
  @ApiProperty({ format: 'date-time' }) savedAt: string;
  @ApiProperty({ description: 'false when a newer answer (higher seq) was already saved' }) applied: boolean;
}

export class SubmitDto {
  @ApiPropertyOptional({ description: 'How many participants will answer every question of this round correctly?' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  prediction?: number;
}

export class SubmitResultDto {
  @ApiProperty() score: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() questionCount: number;
  @ApiProperty() durationMs: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Current (provisional) rank in the round' }) rank: number | null;
  @ApiProperty() provisional: boolean;
}

export class ReviewItemDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty() stem: string;
  @ApiPropertyOptional({ type: [PaperOptionDto] }) options?: PaperOptionDto[];
  @ApiPropertyOptional({ nullable: true }) response: unknown;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) correct?: boolean | null;
  @ApiPropertyOptional({ description: 'The key: option ids, accepted answers or the value' }) key?: unknown;
  @ApiPropertyOptional({ nullable: true, type: String }) explanation?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) citation?: string | null;
}

export class ReviewDto {
  @ApiProperty({ type: SubmitResultDto }) result: SubmitResultDto;
  @ApiProperty({ type: [ReviewItemDto] }) items: ReviewItemDto[];
}
