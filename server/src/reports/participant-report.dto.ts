import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PARTICIPANT_KINDS, type ParticipantKind } from '../users/user.entity.js';
import { ReportHeaderDto, ReportRoundQueryDto, ReportUnitRefDto } from './report.dto.js';

export const PARTICIPANT_SORTS = ['rank', 'name', 'unit'] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];
export const PARTICIPANT_STATUSES = ['all', 'took', 'absent'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export const MAX_PAGE_SIZE = 200;

export class ParticipantReportQueryDto extends ReportRoundQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Everyone under this unit; the reader's top unit for the contest by default" })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Name or username; ignores case and diacritics ("nguyen van an" finds "Nguyễn Văn An")' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: PARTICIPANT_SORTS,
    default: 'rank',
    description: 'rank (people who did not take part last), name, or unit then name',
  })
  @IsOptional()
  @IsIn(PARTICIPANT_SORTS)
  sort?: ParticipantSort;

  @ApiPropertyOptional({
    enum: PARTICIPANT_STATUSES,
    default: 'all',
    description: 'Everyone, only those who took part, or only those who did not',
  })
  @IsOptional()
  @IsIn(PARTICIPANT_STATUSES)
  status?: ParticipantStatus;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export class ParticipantReportRowDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() username: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) className: string | null;
  @ApiPropertyOptional({ enum: PARTICIPANT_KINDS, nullable: true }) kind: ParticipantKind | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) birthDate: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The counted attempt (best or last, as the contest counts); null overall',
  })
  attemptId: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) score: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) correctCount: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Questions of the counted paper (overall: of every round taken)' })
  questionCount: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) durationMs: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: "Rank in the round (or overall) among everyone, the reader's units or not",
  })
  rank: number | null;
  @ApiProperty({ description: 'Submitted attempts' }) attemptsUsed: number;
  @ApiProperty({ description: 'Rounds with a submitted attempt' }) roundsTaken: number;
  @ApiProperty({ description: 'Another account of the same school has the same name (ignoring diacritics) and birth date' })
  possibleDuplicate: boolean;
}

export class ParticipantReportDto extends ReportHeaderDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: [ReportUnitRefDto], description: "From the reader's top unit down to this unit" }) path: ReportUnitRefDto[];
  @ApiProperty({ description: 'Rows matching the filters, over every page' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [ParticipantReportRowDto] }) rows: ParticipantReportRowDto[];
}
