import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class LeaderboardQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The current (or last) round by default' }) @IsOptional() @IsUUID() roundId?: string;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class LeaderboardEntryDto {
  @ApiProperty() rank: number;
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty() score: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() durationMs: number;
}

export class LeaderboardUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() participants: number;
  @ApiProperty() attempts: number;
  @ApiProperty() meanScore: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Participants ÷ headcount (by the audience: staff, students or both); null without a headcount',
  })
  participationRate: number | null;
}

export class BoardRoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] }) state: 'upcoming' | 'open' | 'closed';
}

export class LeaderboardDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty({ type: [BoardRoundDto] }) rounds: BoardRoundDto[];
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ description: 'True while the round is open: the prediction tie-break applies only after it closes' }) provisional: boolean;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'After the close: how many answered every question correctly' })
  perfectCount: number | null;
  @ApiProperty() participants: number;
  @ApiProperty({ type: [LeaderboardEntryDto] }) entries: LeaderboardEntryDto[];
  @ApiProperty({ type: [LeaderboardUnitDto] }) units: LeaderboardUnitDto[];
}
