import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { SCHOOL_LEVELS, UNIT_KINDS, type SchoolLevel, type UnitKind } from './unit.entity.js';

export class UnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind: UnitKind;
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, nullable: true }) level: SchoolLevel | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) staffCount: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) studentCount: number | null;
}

export class PublicUnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind: UnitKind;
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, nullable: true }) level: SchoolLevel | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
}

export class CreateUnitDto {
  @ApiProperty({ example: 'TH-VINHLOC-A', description: 'Letters, digits, dot, dash, underscore' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,40}$/)
  code: string;

  @ApiProperty({ example: 'Trường Tiểu học Vĩnh Lộc A' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, nullable: true, description: 'Required for a school; null clears it' })
  @ValidateIf((dto: CreateUnitDto) => dto.kind === 'school' || dto.level != null)
  @IsIn(SCHOOL_LEVELS)
  level?: SchoolLevel | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ minimum: 0, type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  staffCount?: number | null;

  @ApiPropertyOptional({ minimum: 0, type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  studentCount?: number | null;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {}

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'true: check only, write nothing', default: true })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}

export class RowErrorDto {
  @ApiProperty() row: number;
  @ApiProperty() message: string;
}

export class UnitImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty({ type: [RowErrorDto] }) errors: RowErrorDto[];
}
