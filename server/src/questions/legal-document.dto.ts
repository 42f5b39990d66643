import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

export class LegalDocumentDto {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) issuer: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) issuedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) effectiveAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) supersededBy: string | null;
}

export class TopicDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class SupersedeDto {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The document that replaces it' })
  @ValidateIf((dto: SupersedeDto) => dto.supersededBy !== null)
  @IsString()
  @MaxLength(100)
  supersededBy: string | null;
}

export class SupersedeResultDto {
  @ApiProperty({ description: 'Questions flagged for review' }) flagged: number;
}

export class CreateTopicDto {
  @ApiProperty({ example: 'law-ch1-general' }) @Matches(/^[a-z0-9-]{2,60}$/) code: string;
  @ApiProperty() @IsString() @MaxLength(200) name: string;
}

export class GrantDto {
  @ApiProperty({ format: 'uuid', description: 'The unit whose bank may be edited' }) @IsUUID() unitId: string;
  @ApiProperty({ format: 'uuid', description: 'The organizer who may edit it' }) @IsUUID() userId: string;
}
