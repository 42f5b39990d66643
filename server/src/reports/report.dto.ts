import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SCHOOL_LEVELS, type SchoolLevel } from '../units/unit.entity.js';

export class UnitReportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "The contest's current or last round by default" })
  @IsOptional()
  @IsUUID()
  roundId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Rows are the children of this unit; the contest's organizing unit (or the reader's own) by default",
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class UnitReportExportQueryDto extends UnitReportQueryDto {
  @ApiProperty({ enum: ['xlsx', 'csv'] }) @IsIn(['xlsx', 'csv']) format: 'xlsx' | 'csv';
}

export class UnitReportRowDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty() unitName: string;
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, nullable: true }) level: SchoolLevel | null;
  @ApiProperty() hasChildren: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, description: "Staff, students or both, by the contest's audience" }) headcount:
    number | null;
  @ApiProperty({ description: 'Accounts of the audience in Lantoa' }) registered: number;
  @ApiProperty() participants: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) participationRate: number | null;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) meanScore: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) medianScore: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) highestScore: number | null;
  @ApiProperty() fullMarks: number;
  @ApiProperty({ type: [Number], description: 'Ten equal bands of the maximum score' }) distribution: number[];
}

export class UnitReportDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) parentId: string;
  @ApiProperty() parentName: string;
  @ApiProperty() maxScore: number;
  @ApiProperty({ type: [UnitReportRowDto] }) rows: UnitReportRowDto[];
  @ApiProperty({ type: UnitReportRowDto }) total: UnitReportRowDto;
  @ApiProperty({ type: [UnitReportRowDto], description: 'The same figures rolled up by school level (MN, TH, THCS…)' })
  byLevel: UnitReportRowDto[];
}
