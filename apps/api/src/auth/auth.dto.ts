import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'hr@bedrift.no' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: 12 })
  @IsString({ message: 'must be text' })
  @MinLength(12, { message: 'must be at least 12 characters' })
  @MaxLength(200)
  newPassword: string;
}

export class SessionAnswer {
  @ApiProperty({ description: 'Send as X-CSRF-Token on every write' })
  csrfToken: string;

  @ApiProperty({ example: { id: 'uuid', email: 'hr@bedrift.no', name: 'Hanne HR', phone: '91234567', role: 'hr' } })
  user: object;
}
