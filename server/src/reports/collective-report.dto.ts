import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCHOOL_LEVELS, UNIT_KINDS, type SchoolLevel, type UnitKind } from '../units/unit.entity.js';
import { ReportHeaderDto } from './report.dto.js';

export class CollectiveReportUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind: UnitKind;
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, nullable: true }) level: SchoolLevel | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The unit above (the commune of a school)' }) parentName: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      'Schools: as declared (by the audience: staff, students or both); communes: only when every school of the audience declared one',
  })
  headcount: number | null;
  @ApiProperty() participants: number;
  @ApiProperty({ description: 'Submitted attempts of those participants' }) attempts: number;
  @ApiProperty({ description: "Mean of the participants' counted scores; 0 without participants" }) meanScore: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Participants ÷ headcount, 4 decimals; null without a headcount' })
  participationRate: number | null;
  @ApiProperty({ description: 'Equal counts share a rank' }) rankByParticipants: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Null without a headcount' }) rankByRate: number | null;
}

export class CollectiveReportTableDto {
  @ApiProperty({ type: [CollectiveReportUnitDto] }) byParticipants: CollectiveReportUnitDto[];
  @ApiProperty({ type: [CollectiveReportUnitDto], description: 'Only units with a headcount' }) byRate: CollectiveReportUnitDto[];
}

export class CollectiveReportPrizeDto {
  @ApiProperty() rank: number;
  @ApiProperty() fullName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitName: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Null overall' }) score: number | null;
  @ApiProperty() correctCount: number;
  @ApiProperty() durationMs: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) prediction: number | null;
}

export class CollectiveReportDto extends ReportHeaderDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: CollectiveReportTableDto, description: "Schools under the reader's top unit" }) schools: CollectiveReportTableDto;
  @ApiProperty({ type: CollectiveReportTableDto, description: "Communes under the reader's top unit (empty for a school)" })
  communes: CollectiveReportTableDto;
  @ApiProperty({ description: 'The ranking is final: the round has closed' }) final: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'After the close: papers with every answer right' }) perfectCount:
    number | null;
  @ApiProperty({ description: 'How many people the contest awards' }) prizeCount: number;
  @ApiProperty({
    type: [CollectiveReportPrizeDto],
    description: "The top of the final ranking, from the leaderboard: the whole contest's, as on its results page",
  })
  prizes: CollectiveReportPrizeDto[];
}
