import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class RegisterEmployeeDto {
  @ApiProperty({ example: 'Kari Nordmann' })
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @ApiPropertyOptional({ example: '15076500565', description: 'Fødselsnummer or d-nummer, both check digits valid. Stored encrypted.' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  nationalId?: string;

  @ApiProperty({ description: 'A unit of GET /api/units' })
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId: string;

  @ApiPropertyOptional({ example: 'Helsefagarbeider, 80 % stilling' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  position?: string;
}

export class EraseEmployeeDto {
  @ApiProperty({ example: 'Begjæring om sletting (GDPR art. 17), behandlet 2026-11-20', description: 'Kept readable as the audit record: must not describe the person' })
  @IsString({ message: 'must be text' })
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  reason: string;
}

/** The query of GET /api/employees. */
export class EmployeeListQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name', maxLength: 100 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @ApiPropertyOptional({ description: 'Wait (bounded) until the directory includes this global position' })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'must be the position a command answered (a whole number)' })
  minPosition?: string;
}
