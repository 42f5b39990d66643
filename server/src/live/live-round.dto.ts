import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const LIVE_MODES = ['speed', 'flat', 'elimination'] as const;
export const LIVE_PHASES = ['lobby', 'question', 'closed', 'revealed', 'leaderboard', 'finished'] as const;
export const LIVE_STATUSES = ['lobby', 'running', 'finished'] as const;
export const RESCUE_SCOPES = ['last', 'all'] as const;
export const LIVE_QUESTION_TYPES = ['single', 'multiple', 'true_false'] as const;
export const SECONDS_MIN = 5;
export const SECONDS_MAX = 300;
export const MAX_LIVE_QUESTIONS = 100;

export class SecondsOverrideDto {
  @ApiProperty({ description: '0-based position of the question in the round' })
  @IsInt()
  @Min(0)
  @Max(MAX_LIVE_QUESTIONS - 1)
  questionIndex: number;
  @ApiProperty({ minimum: SECONDS_MIN, maximum: SECONDS_MAX }) @IsInt() @Min(SECONDS_MIN) @Max(SECONDS_MAX) seconds: number;
}

export class CreateLiveRoundDto {
  @ApiProperty({ example: 'Rung chuông vàng — Luật Thi đua, khen thưởng' }) @IsString() @Length(1, 200) title: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Approved choice questions, in this order; or contestId' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIVE_QUESTIONS)
  @IsUUID('all', { each: true })
  questionIds?: string[];
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A published contest: questions drawn from its frozen pool by its matrix; or questionIds',
  })
  @IsOptional()
  @IsUUID()
  contestId?: string;
  @ApiPropertyOptional({ description: "With contestId: how many to draw (default: the contest's question count)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LIVE_QUESTIONS)
  questionCount?: number;
  @ApiProperty({ enum: LIVE_MODES }) @IsIn(LIVE_MODES) mode: (typeof LIVE_MODES)[number];
  @ApiPropertyOptional({ default: 20, minimum: SECONDS_MIN, maximum: SECONDS_MAX })
  @IsOptional()
  @IsInt()
  @Min(SECONDS_MIN)
  @Max(SECONDS_MAX)
  secondsPerQuestion?: number;
  @ApiPropertyOptional({ type: [SecondsOverrideDto], description: 'Per-question time, overriding secondsPerQuestion' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LIVE_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => SecondsOverrideDto)
  secondsOverrides?: SecondsOverrideDto[];
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() allowGuests?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Players must pick their school' })
  @IsOptional()
  @IsBoolean()
  requireSchool?: boolean;
  @ApiPropertyOptional({
    default: 0,
    description: '1-based: players may still join while a question up to this one can be answered; 0 or absent: only in the lobby',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LIVE_QUESTIONS)
  lateJoinUntilQuestion?: number;
  @ApiPropertyOptional({ enum: RESCUE_SCOPES, default: 'last', description: 'Elimination: whom a rescue brings back' })
  @IsOptional()
  @IsIn(RESCUE_SCOPES)
  rescueScope?: (typeof RESCUE_SCOPES)[number];
  @ApiPropertyOptional({ default: false, description: 'Phones show the question text too (otherwise only the projector)' })
  @IsOptional()
  @IsBoolean()
  showStemOnPhones?: boolean;
  @ApiPropertyOptional({
    default: 1,
    description: 'Elimination, 1-based: the sole survivor after this question or later is the best player',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LIVE_QUESTIONS)
  bestPlayerFromQuestion?: number;
  @ApiPropertyOptional({ format: 'uuid', description: "The unit the round belongs to (default: the caller's)" })
  @IsOptional()
  @IsUUID()
  ownerUnitId?: string;
}

export class LiveRoundCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '483920' }) pin: string;
}

export class LiveSettingsDto {
  @ApiProperty() secondsPerQuestion: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'question index → seconds' })
  secondsOverrides: Record<string, number>;
  @ApiProperty() allowGuests: boolean;
  @ApiProperty() requireSchool: boolean;
  @ApiProperty({ nullable: true, type: Number }) lateJoinUntilQuestion: number | null;
  @ApiProperty({ enum: RESCUE_SCOPES }) rescueScope: (typeof RESCUE_SCOPES)[number];
  @ApiProperty() showStemOnPhones: boolean;
  @ApiProperty() bestPlayerFromQuestion: number;
  @ApiProperty({ description: 'Milliseconds after the shown deadline during which an answer still counts' }) graceMs: number;
}

export class LiveRoundSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: LIVE_MODES }) mode: (typeof LIVE_MODES)[number];
  @ApiProperty() pin: string;
  @ApiProperty({ enum: LIVE_STATUSES }) status: (typeof LIVE_STATUSES)[number];
  @ApiProperty({ enum: LIVE_PHASES }) phase: (typeof LIVE_PHASES)[number];
  @ApiProperty({ description: '-1 in the lobby' }) questionIndex: number;
  @ApiProperty() questionCount: number;
  @ApiProperty() playerCount: number;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() ownerUnitName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) hostUserId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) hostName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contestId: string | null;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) startedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) finishedAt: string | null;
}

export class LiveRoundOptionDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiProperty() correct: boolean;
}

export class LiveRoundQuestionDto {
  @ApiProperty() index: number;
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: LIVE_QUESTION_TYPES }) type: (typeof LIVE_QUESTION_TYPES)[number];
  @ApiProperty() stem: string;
  @ApiProperty({ type: [LiveRoundOptionDto] }) options: LiveRoundOptionDto[];
  @ApiProperty() seconds: number;
  @ApiPropertyOptional({ nullable: true, type: String }) explanation: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) citation: string | null;
}

/** The host's view of a round: settings and the frozen questions with their keys. */
export class LiveRoundDto extends LiveRoundSummaryDto {
  @ApiProperty({ type: LiveSettingsDto }) settings: LiveSettingsDto;
  @ApiProperty({ type: [LiveRoundQuestionDto] }) questions: LiveRoundQuestionDto[];
}

export class LivePlayerRowDto {
  @ApiProperty({ format: 'uuid' }) playerId: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null for a kicked player' }) rank: number | null;
  @ApiProperty() nickname: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null for a guest' }) userId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty() score: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() answeredCount: number;
  @ApiProperty({ description: 'Response time summed over correct answers (the first tie-break)' }) correctMs: number;
  @ApiProperty() eliminated: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Elimination: 0-based question that took the player off the floor' })
  eliminatedAtQuestion: number | null;
  @ApiProperty() kicked: boolean;
  @ApiProperty() goldenBell: boolean;
  @ApiProperty() joinedAt: string;
}

export class LiveAnswerRowDto {
  @ApiProperty({ format: 'uuid' }) playerId: string;
  @ApiProperty() questionIndex: number;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }) response: string | string[];
  @ApiProperty({ description: 'Server time the answer arrived' }) answeredAt: string;
  @ApiProperty() responseMs: number;
  @ApiProperty() correct: boolean;
  @ApiProperty() points: number;
}

export class LiveRescueRowDto {
  @ApiProperty({ description: 'The last revealed question (0-based) when the host rescued' }) afterQuestion: number;
  @ApiProperty({ enum: RESCUE_SCOPES }) scope: (typeof RESCUE_SCOPES)[number];
  @ApiProperty({ type: [String] }) playerIds: string[];
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) byUserId: string | null;
}

export class LiveQuestionStatDto {
  @ApiProperty() index: number;
  @ApiProperty() stem: string;
  @ApiProperty({ type: [LiveRoundOptionDto], description: 'In the order shown; answers refer to these ids' }) options: LiveRoundOptionDto[];
  @ApiProperty() answered: number;
  @ApiProperty() correct: number;
}

export class LiveSchoolStandingDto {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'null: players who picked no school' })
  unitId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ description: 'Players not kicked out' }) players: number;
  @ApiProperty({ description: 'Rounded to two decimals' }) meanScore: number;
  @ApiProperty() totalScore: number;
  @ApiProperty() bestScore: number;
  @ApiProperty({ description: "Correct answers of the school's players" }) correctCount: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'By mean score, ties by players (shared when both equal); null for the "no school" line',
  })
  rank: number | null;
}

export class LiveResultsDto {
  @ApiProperty({ type: LiveRoundSummaryDto }) round: LiveRoundSummaryDto;
  @ApiProperty({ type: [LivePlayerRowDto], description: 'Ranked players first, then kicked ones' }) players: LivePlayerRowDto[];
  @ApiProperty({ type: [LiveAnswerRowDto], description: 'Every answer with its server time, in the order received' })
  answers: LiveAnswerRowDto[];
  @ApiProperty({ type: [LiveQuestionStatDto] }) questions: LiveQuestionStatDto[];
  @ApiProperty({ type: [LiveSchoolStandingDto], description: 'Schools of the players by rank, then the players with no school' })
  schools: LiveSchoolStandingDto[];
  @ApiProperty({ type: [LiveRescueRowDto] }) rescues: LiveRescueRowDto[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Elimination: người chơi xuất sắc nhất' }) bestPlayerId: string | null;
  @ApiProperty({ type: [String] }) goldenBellPlayerIds: string[];
}

export class LiveReportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only rounds of this unit's subtree (default: the caller's whole scope)" })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

/** A running or finished round as the reports list it. */
export class LiveReportRoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: LIVE_MODES }) mode: (typeof LIVE_MODES)[number];
  @ApiProperty({ enum: ['running', 'finished'] }) status: 'running' | 'finished';
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() ownerUnitName: string;
  @ApiProperty({ description: 'When it started (its creation if never started)' }) date: string;
  @ApiPropertyOptional({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty() questionCount: number;
  @ApiProperty({ description: 'Players not kicked out' }) players: number;
  @ApiProperty({ description: 'Distinct schools of those players' }) schools: number;
}

export class LiveExportQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' }) @IsOptional() @IsIn(['xlsx', 'csv']) format?: 'xlsx' | 'csv';
}

export class LiveJoinQueryDto {
  @ApiProperty({ example: '483920' }) @IsString() @Length(1, 12) pin: string;
}

export class LiveSchoolDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** What the join page shows before a player joins. */
export class LiveJoinInfoDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: LIVE_MODES }) mode: (typeof LIVE_MODES)[number];
  @ApiProperty() allowGuests: boolean;
  @ApiProperty() requireSchool: boolean;
  @ApiProperty({ enum: LIVE_PHASES }) phase: (typeof LIVE_PHASES)[number];
  @ApiProperty() questionCount: number;
  @ApiProperty({ description: 'Whether a new player may join now (lobby, or late join still open)' }) joinable: boolean;
  @ApiProperty({ type: [LiveSchoolDto], description: "The schools a player may pick: those in the round's unit" })
  schools: LiveSchoolDto[];
}
