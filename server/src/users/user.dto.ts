import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PARTICIPANT_KINDS, ROLES, type ParticipantKind, type Role } from './user.entity.js';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: PARTICIPANT_KINDS, nullable: true }) kind: ParticipantKind | null;
  @ApiPropertyOptional({ nullable: true, type: String }) className?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) birthDate?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone?: string | null;
}

export const PHONE_PATTERN = /^0\d{9,10}$/;
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;

export class CreateUserDto {
  @ApiPropertyOptional({ description: 'Generated from the full name when left out' })
  @IsOptional()
  @Matches(USERNAME_PATTERN)
  username?: string;

  @ApiPropertyOptional({ description: 'Generated when left out and returned once' })
  @IsOptional()
  @IsString()
  @Length(8, 200)
  password?: string;

  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @Length(2, 120)
  fullName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ format: 'uuid' })
  @ValidateIf((dto: CreateUserDto) => dto.role !== 'admin')
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: PARTICIPANT_KINDS })
  @ValidateIf((dto: CreateUserDto) => dto.role === 'participant' || dto.kind != null)
  @IsIn(PARTICIPANT_KINDS)
  kind?: ParticipantKind;

  @ApiPropertyOptional({ example: '5A' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  className?: string;

  @ApiPropertyOptional({ format: 'date', example: '2014-09-05' })
  @IsOptional()
  @IsISO8601({ strict: true })
  birthDate?: string;

  @ApiPropertyOptional({ example: '0901234567' })
  @IsOptional()
  @Matches(PHONE_PATTERN)
  phone?: string;
}

export class CreatedUserDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiPropertyOptional({ description: 'The generated password, shown once' }) password?: string;
}

export class ListUsersQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Name or username; ignores case and diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty() total: number;
}

export class ResetPasswordResultDto {
  @ApiProperty() password: string;
}

export class DuplicateGroupDto {
  @ApiProperty({ description: 'same-name-birthdate-unit' }) reason: string;
  @ApiProperty({ type: [UserDto] }) users: UserDto[];
}

export class RosterImportBodyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;
}

export class RosterPreviewRowDto {
  @ApiProperty() row: number;
  @ApiProperty() fullName: string;
  @ApiProperty() username: string;
  @ApiProperty({ enum: PARTICIPANT_KINDS }) kind: ParticipantKind;
  @ApiPropertyOptional({ nullable: true, type: String }) className: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) birthDate: string | null;
}

export class CredentialDto {
  @ApiProperty() fullName: string;
  @ApiProperty() username: string;
  @ApiProperty() password: string;
  @ApiPropertyOptional({ nullable: true, type: String }) className: string | null;
}

export class RosterRowErrorDto {
  @ApiProperty() row: number;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class RosterImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty() created: number;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: [RosterRowErrorDto] }) errors: RosterRowErrorDto[];
  @ApiProperty({ type: [RosterPreviewRowDto] }) preview: RosterPreviewRowDto[];
  @ApiPropertyOptional({ type: [CredentialDto] }) credentials?: CredentialDto[];
  @ApiPropertyOptional({ description: 'Download address of the credentials sheet (.xlsx), valid for an hour' }) credentialsFile?: string;
}
