import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const RESULT_SCOPES = ['round', 'overall'] as const;
export type ResultScope = (typeof RESULT_SCOPES)[number];

export class ResultsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'For scope=round: the current (or last) round by default' })
  @IsOptional()
  @IsUUID()
  roundId?: string;
  @ApiPropertyOptional({ enum: RESULT_SCOPES, default: 'round', description: 'One round, or the ranking across rounds' })
  @IsOptional()
  @IsIn(RESULT_SCOPES)
  scope?: ResultScope;
  @ApiPropertyOptional({ default: 1, minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000) page?: number;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class ResultEntryDto {
  @ApiProperty({ description: 'Unique: the tie-breaks leave no shared rank' }) rank: number;
  @ApiProperty({ description: "Students' names masked for participants, except their own" }) displayName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ description: 'Rounds counted (1 for a round)' }) rounds: number;
  @ApiProperty() score: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() durationMs: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'The round answer to the prediction question; shown once the round has closed (organizers: always)',
  })
  prediction: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      '|prediction − real count|, summed over closed rounds for the overall ranking; null before the close or without a prediction',
  })
  predictionGap: number | null;
  @ApiProperty({ description: "The caller's own line" }) isMe: boolean;
}

export class ResultPageDto {
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [ResultEntryDto] }) entries: ResultEntryDto[];
}

export class ResultRoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] }) state: 'upcoming' | 'open' | 'closed';
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty() participants: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'The real count for the prediction question, once the round has closed',
  })
  perfectCount: number | null;
}

export class CollectiveUnitDto {
  @ApiProperty({ description: 'Shared by tied units (1, 1, 3 …)' }) rank: number;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: "From the unit tree: staff, students or both by the contest's audience; null when unknown",
  })
  headcount: number | null;
  @ApiProperty() participants: number;
  @ApiProperty() attempts: number;
  @ApiProperty() meanScore: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'participants ÷ headcount; null without a headcount' })
  participationRate: number | null;
}

export class CollectiveRankingDto {
  @ApiProperty({
    type: [CollectiveUnitDto],
    description: 'Units by number of participants; units of the audience with nobody at the bottom',
  })
  byParticipants: CollectiveUnitDto[];
  @ApiProperty({ type: [CollectiveUnitDto], description: 'Units by participation rate (units with a headcount)' })
  byRate: CollectiveUnitDto[];
}

export class ResultsDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty({ enum: RESULT_SCOPES }) scope: ResultScope;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The round shown; null for the overall ranking' })
  roundId: string | null;
  @ApiProperty({ type: [ResultRoundDto] }) rounds: ResultRoundDto[];
  @ApiProperty({ description: 'The round (overall: every round) has closed: the ranking applies the prediction tie-break and is final' })
  final: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'The real count for the prediction question (a closed round)' })
  perfectCount: number | null;
  @ApiProperty({ description: 'How many people the prize list names' }) prizeCount: number;
  @ApiProperty({ type: [ResultEntryDto], description: 'The top of the ranking, as many as the contest awards' }) prizes: ResultEntryDto[];
  @ApiProperty({ type: ResultPageDto, description: 'The full ranking, one page' }) ranking: ResultPageDto;
  @ApiPropertyOptional({ nullable: true, type: ResultEntryDto, description: "A participant's own line, wherever it falls" })
  me: ResultEntryDto | null;
  @ApiProperty({ type: CollectiveRankingDto }) collective: CollectiveRankingDto;
  @ApiProperty({ type: [ResultEntryDto], description: 'The top of the overall ranking, as many as the prize list' })
  overall: ResultEntryDto[];
}
