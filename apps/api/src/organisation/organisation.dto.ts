import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class SetOrganisationDto {
  @ApiProperty({ example: 'Fjordvik kommune, Helse og omsorg' })
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @ApiProperty({ example: '974760673', description: 'Organisasjonsnummer of the sub-unit (underenhet): 9 digits, mod-11 check digit' })
  @IsString({ message: 'must be text' })
  orgNumber: string;
}

export class AddUnitDto {
  @ApiProperty({ example: 'Hjemmetjenesten sone nord' })
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;
}

export class CommandAnswerDto {
  @ApiProperty({ description: 'What the command created, or the case id when it created nothing new' })
  id: string;

  @ApiProperty({ description: 'The stream version after the command (send as If-Match next time)' })
  version: number;

  @ApiProperty({ description: 'Global position of the event, for ?minPosition= on queries' })
  position: number;
}
