import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PHONE_PATTERN, UserDto } from '../users/user.dto.js';
import { PARTICIPANT_KINDS, type ParticipantKind } from '../users/user.entity.js';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 100)
  username: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  password: string;
}

export class SessionDto {
  @ApiProperty() token: string;
  @ApiProperty({ type: UserDto }) user: UserDto;
}

export class RegisterDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @Length(2, 120)
  fullName: string;

  @ApiProperty({ example: '0901234567', description: 'Also the username' })
  @Matches(PHONE_PATTERN)
  phone: string;

  @ApiProperty()
  @IsString()
  @Length(8, 200)
  password: string;

  @ApiProperty({ format: 'uuid', description: 'The school' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ enum: PARTICIPANT_KINDS })
  @IsIn(PARTICIPANT_KINDS)
  kind: ParticipantKind;

  @ApiPropertyOptional({ example: '5A' })
  @ValidateIf((dto: RegisterDto) => dto.kind === 'student' || dto.className != null)
  @IsString()
  @Length(1, 40)
  className?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  birthDate?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty()
  @IsString()
  @Length(8, 200)
  newPassword: string;
}

export class AuthConfigDto {
  @ApiProperty() selfRegistration: boolean;
}
