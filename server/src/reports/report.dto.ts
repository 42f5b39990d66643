import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { SCHOOL_LEVELS, UNIT_KINDS, type SchoolLevel, type UnitKind } from '../units/unit.entity.js';

/** The round selector's value for every round of the contest together. */
export const OVERALL = 'overall';

export class ReportRoundQueryDto {
  @ApiPropertyOptional({
    description: "A round id, or `overall` for every round together (scores added up); the contest's current or last round by default",
    example: OVERALL,
  })
  @IsOptional()
  @ValidateIf((query: ReportRoundQueryDto) => query.roundId !== OVERALL)
  @IsUUID()
  roundId?: string;
}

export class UnitReportQueryDto extends ReportRoundQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Rows are the children of this unit; the contest's organizing unit (or the reader's own) by default",
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class ReportUnitRefDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
}

/** What every report says about itself: which contest, round and unit, and whether the figures can still change. */
export class ReportHeaderDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty({ description: 'The round reported on, or `overall`' }) roundId: string;
  @ApiProperty({ description: 'The round\'s name, or "Tổng hợp các đợt" overall' }) roundName: string;
  @ApiProperty({ description: 'True while a round reported on is still open: ranks are provisional' }) provisional: boolean;
  @ApiProperty({ description: 'Highest possible score (overall: the sum over the rounds)' }) maxScore: number;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
}

export class UnitReportRowDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null on the rows by school level' }) unitId: string | null;
  @ApiProperty() unitName: string;
  @ApiPropertyOptional({ enum: UNIT_KINDS, nullable: true }) kind: UnitKind | null;
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, nullable: true }) level: SchoolLevel | null;
  @ApiProperty({ description: 'The unit has units under it: the table can drill down' }) hasChildren: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: "Staff, students or both, by the contest's audience, summed over the schools that declared it",
  })
  headcount: number | null;
  @ApiProperty({ description: 'Schools of the audience without a declared headcount: their people are left out of the rate' })
  schoolsWithoutHeadcount: number;
  @ApiProperty({ description: 'Accounts of the audience in Lantoa, plus people who enrolled themselves' }) registered: number;
  @ApiProperty({ description: 'People with at least one submitted attempt' }) participants: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Participants of the schools with a headcount ÷ those headcounts (0.8 = 80 %); null when no school declared one',
  })
  participationRate: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Participants ÷ registered accounts; null without accounts' })
  registeredRate: number | null;
  @ApiProperty({ description: 'Submitted attempts, every one of them' }) attempts: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: "Of each participant's counted attempt" }) meanScore: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) medianScore: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) highestScore: number | null;
  @ApiProperty({ description: 'Participants with the maximum score' }) fullMarks: number;
  @ApiProperty({ type: [Number], description: 'Participants in ten equal bands of the maximum score (the last band includes it)' })
  distribution: number[];
}

export class UnitReportDto extends ReportHeaderDto {
  @ApiProperty({ format: 'uuid' }) parentId: string;
  @ApiProperty() parentName: string;
  @ApiProperty({ type: [ReportUnitRefDto], description: "From the reader's top unit down to the parent, for a breadcrumb" })
  path: ReportUnitRefDto[];
  @ApiProperty({ type: [UnitReportRowDto], description: 'One row per child unit with anything to report, by name' })
  rows: UnitReportRowDto[];
  @ApiProperty({ type: UnitReportRowDto, description: 'The parent unit as a whole' }) total: UnitReportRowDto;
  @ApiProperty({ type: [UnitReportRowDto], description: 'The same figures rolled up by school level (MN, TH, THCS…)' })
  byLevel: UnitReportRowDto[];
}

export const REPORT_TABLES = ['units', 'participants', 'questions', 'collective'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
export const ATTEMPT_CHOICES = ['first', 'best', 'last', 'all'] as const;

export class ReportExportQueryDto extends UnitReportQueryDto {
  @ApiProperty({ enum: ['xlsx', 'csv'] }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
  @ApiPropertyOptional({ enum: REPORT_TABLES, default: 'units', description: 'For csv: which table (xlsx has a sheet for each)' })
  @IsOptional()
  @IsIn(REPORT_TABLES)
  table?: ReportTable;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The unit whose people the participants table lists; parentId (or the default) otherwise',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ enum: ATTEMPT_CHOICES, default: 'best', description: 'Which attempts feed the questions table' })
  @IsOptional()
  @IsIn(ATTEMPT_CHOICES)
  attempts?: (typeof ATTEMPT_CHOICES)[number];
}
