import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

/** The query of GET /api/cases. */
export class CaseListQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'], { message: 'must be one of: open, closed' })
  status?: 'open' | 'closed';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a unit' })
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For leaders always their own id' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a leader' })
  leaderId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Cases with (or without) a duty past its due date today' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Free text over titles and employee names', maxLength: 100 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'must be a whole number from 1 to 100' })
  @Min(1, { message: 'must be a whole number from 1 to 100' })
  @Max(100, { message: 'must be a whole number from 1 to 100' })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Wait (bounded) until the list includes this global position' })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'must be the position a command answered (a whole number)' })
  minPosition?: string;
}
