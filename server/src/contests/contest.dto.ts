import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { COGNITIVE_LEVELS } from '../questions/question-draft.js';
import { SCHOOL_LEVELS, type SchoolLevel } from '../units/unit.entity.js';
import { PARTICIPANT_KINDS, type ParticipantKind } from '../users/user.entity.js';
import {
  CONTEST_STATUSES,
  REVIEW_POLICIES,
  TIE_BREAKS,
  type ContestStatus,
  type ReviewPolicy,
  type TieBreakName,
} from './contest.entity.js';
import { LATE_START_MODES, type LateStartMode } from './rules/late-start.js';
import { REGISTRATION_POLICIES, type ContestAccess, type RegistrationPolicy } from './rules/registration.js';

const CONTEST_ACCESS: ContestAccess[] = ['audience', 'registered', 'can_register', 'closed', 'ended', 'none'];

export class AudienceDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  unitIds?: string[];
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(SCHOOL_LEVELS, { each: true })
  levels?: SchoolLevel[];
  @ApiPropertyOptional({ enum: PARTICIPANT_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(PARTICIPANT_KINDS, { each: true })
  kinds?: ParticipantKind[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  userIds?: string[];
}

export class RoundInputDto {
  @ApiProperty({ example: 'Tuần 1' }) @IsString() @Length(1, 120) name: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601() opensAt: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601() closesAt: string;
}

export class MatrixCellInputDto {
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100) topic: string | null;
  @ApiPropertyOptional({ enum: COGNITIVE_LEVELS, nullable: true }) @IsOptional() @IsIn([...COGNITIVE_LEVELS, null]) cognitiveLevel:
    string | null;
  @ApiProperty() @IsInt() @Min(1) @Max(200) count: number;
}

export class ReviewShowsDto {
  @ApiProperty() @IsBoolean() score: boolean;
  @ApiProperty() @IsBoolean() correctness: boolean;
  @ApiProperty() @IsBoolean() key: boolean;
  @ApiProperty() @IsBoolean() explanation: boolean;
}

export class LateStartDto {
  @ApiProperty({
    enum: LATE_START_MODES,
    default: 'until_close',
    description:
      'until_close: a new attempt may start while the round is open; full_duration: only while a whole duration remains; minutes_before_close: not in the last `minutes` minutes',
  })
  @IsIn(LATE_START_MODES)
  mode: LateStartMode;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 1440, description: 'Required for minutes_before_close' })
  @ValidateIf((rule: LateStartDto) => rule.mode === 'minutes_before_close' || (rule.minutes !== undefined && rule.minutes !== null))
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes?: number | null;
}

export class ContestInputDto {
  @ApiProperty() @IsString() @Length(3, 300) title: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20_000) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20_000) rules?: string;
  @ApiPropertyOptional({ format: 'uuid', description: "The organizing unit; the caller's unit by default" })
  @IsOptional()
  @IsUUID()
  ownerUnitId?: string;
  @ApiPropertyOptional({ type: AudienceDto }) @IsOptional() @ValidateNested() @Type(() => AudienceDto) audience?: AudienceDto;
  @ApiProperty({ type: [RoundInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(52)
  @ValidateNested({ each: true })
  @Type(() => RoundInputDto)
  rounds: RoundInputDto[];
  @ApiPropertyOptional({ default: 1200 }) @IsOptional() @IsInt() @Min(30) @Max(86_400) durationSeconds?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @IsInt() @Min(1) @Max(200) questionCount?: number;
  @ApiPropertyOptional({ type: [MatrixCellInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MatrixCellInputDto)
  drawMatrix?: MatrixCellInputDto[];
  @ApiPropertyOptional({ default: 3 }) @IsOptional() @IsInt() @Min(1) @Max(100) attemptsAllowed?: number;
  @ApiPropertyOptional({ enum: ['best', 'last'], default: 'best' }) @IsOptional() @IsIn(['best', 'last']) counting?: 'best' | 'last';
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() predictionEnabled?: boolean;
  @ApiPropertyOptional({ enum: TIE_BREAKS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(TIE_BREAKS, { each: true })
  tieBreaks?: TieBreakName[];
  @ApiPropertyOptional({ enum: REVIEW_POLICIES, default: 'after_close' }) @IsOptional() @IsIn(REVIEW_POLICIES) review?: ReviewPolicy;
  @ApiPropertyOptional({ type: ReviewShowsDto }) @IsOptional() @ValidateNested() @Type(() => ReviewShowsDto) reviewShows?: ReviewShowsDto;
  @ApiPropertyOptional({ default: 10 }) @IsOptional() @IsInt() @Min(0) @Max(1000) prizeCount?: number;
  @ApiPropertyOptional({
    enum: REGISTRATION_POLICIES,
    default: 'audience_only',
    description: "open: participants of the owner unit's subtree outside the audience may enrol themselves",
  })
  @IsOptional()
  @IsIn(REGISTRATION_POLICIES)
  registration?: RegistrationPolicy;
  @ApiPropertyOptional({ type: LateStartDto, description: 'How late in a round a new attempt may start; until_close by default' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LateStartDto)
  lateStart?: LateStartDto;
}

export class ExtendRoundDto {
  @ApiProperty({ format: 'date-time' }) @IsISO8601() closesAt: string;
}

export class RoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] }) state: 'upcoming' | 'open' | 'closed';
  @ApiProperty({ format: 'date-time', description: "The last moment a new attempt may start, by the contest's late-start rule" })
  latestStartAt: string;
}

export class MyResultDto {
  @ApiProperty() attemptsUsed: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) bestScore: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) bestCorrect: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) activeAttemptId: string | null;
}

export class ContestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) rules: string | null;
  @ApiProperty({ enum: CONTEST_STATUSES }) status: ContestStatus;
  @ApiProperty({ type: AudienceDto }) audience: AudienceDto;
  @ApiProperty({ type: [RoundDto] }) rounds: RoundDto[];
  @ApiProperty() durationSeconds: number;
  @ApiProperty() questionCount: number;
  @ApiProperty({ type: [MatrixCellInputDto] }) drawMatrix: MatrixCellInputDto[];
  @ApiProperty() attemptsAllowed: number;
  @ApiProperty({ enum: ['best', 'last'] }) counting: 'best' | 'last';
  @ApiProperty() predictionEnabled: boolean;
  @ApiProperty({ enum: TIE_BREAKS, isArray: true }) tieBreaks: TieBreakName[];
  @ApiProperty({ enum: REVIEW_POLICIES }) review: ReviewPolicy;
  @ApiProperty({ type: ReviewShowsDto }) reviewShows: ReviewShowsDto;
  @ApiProperty() prizeCount: number;
  @ApiProperty({ enum: REGISTRATION_POLICIES }) registration: RegistrationPolicy;
  @ApiProperty({ type: LateStartDto }) lateStart: LateStartDto;
  @ApiProperty() demo: boolean;
  @ApiPropertyOptional({
    enum: CONTEST_ACCESS,
    description:
      'For a participant: audience or registered (may take it), can_register (may enrol with POST /api/contests/{id}/registrations)',
  })
  access?: ContestAccess;
  @ApiPropertyOptional({ description: 'For organizers: how many participants enrolled themselves' })
  registrations?: number;
  @ApiPropertyOptional({ type: MyResultDto, description: 'For a participant: their own progress per the current round' })
  mine?: MyResultDto;
}

export class StartAttemptDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The open round by default' }) @IsOptional() @IsUUID() roundId?: string;
}

export class MatrixCheckDto {
  @ApiProperty({ type: [MatrixCellInputDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MatrixCellInputDto)
  drawMatrix: MatrixCellInputDto[];
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerUnitId?: string;
}

export class MatrixShortfallDto {
  @ApiPropertyOptional({ nullable: true, type: String }) topic: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) cognitiveLevel: string | null;
  @ApiProperty() count: number;
  @ApiProperty() available: number;
}
