import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '../auth/roles';

export class CreateUserDto {
  @ApiProperty({ example: 'leder@bedrift.no' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Lars Øvrebø' })
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '91234567', description: '8 digits (NAV asks for the contact person’s phone)' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'must be 8 digits' })
  phone?: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ minLength: 12 })
  @IsString({ message: 'must be text' })
  @MinLength(12, { message: 'must be at least 12 characters' })
  @MaxLength(200)
  password: string;
}

/** PATCH /api/users/:id: what an administrator may change (e-mail and password stay the user's). */
export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Lars Øvrebø' })
  // Absent means unchanged; null or blank is not a name (the column is NOT NULL).
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'must be text' })
  @Matches(/\S/, { message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name?: string;

  @ApiPropertyOptional({ example: '91234567', description: '8 digits, or null to remove it' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'must be 8 digits' })
  phone?: string | null;

  @ApiPropertyOptional({ enum: ROLES })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;
}
