import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  ValidateBy,
  MaxLength,
} from 'class-validator';

/**
 * Field decorators for request DTOs: each declares the OpenAPI schema and the edge checks
 * (presence, type, code list, date format) together. The domain checks the rest (ranges,
 * dates against today, rules); both answer with the same field codes (validation.ts).
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_MAX = 10_000;
const TITLE_MAX = 200;

const required = () => IsDefined({ message: 'is required' });
const isIsoDate = () =>
  ValidateBy({
    name: 'isIsoDate',
    validator: {
      validate: (value) => typeof value === 'string' && ISO_DATE.test(value),
      defaultMessage: () => 'must be a date written YYYY-MM-DD',
    },
  });
const text = (max: number) => [IsString({ message: 'must be text' }), MaxLength(max, { message: `must be at most ${max} characters` })];

export const RequiredText = (example: string, max = TEXT_MAX, description?: string) =>
  applyDecorators(ApiProperty({ example, maxLength: max, description }), required(), ...text(max));

export const OptionalText = (example: string, max = TEXT_MAX, description?: string) =>
  applyDecorators(ApiPropertyOptional({ example, maxLength: max, description }), IsOptional(), ...text(max));

export const RequiredTitle = (example: string) => RequiredText(example, TITLE_MAX);

export const RequiredDate = (example: string, description?: string) =>
  applyDecorators(
    ApiProperty({ example, format: 'date', description }),
    required(),
    isIsoDate(),
  );

export const OptionalDate = (example: string, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ example, format: 'date', description }),
    IsOptional(),
    isIsoDate(),
  );

export const RequiredCode = (list: readonly string[], description?: string) =>
  applyDecorators(ApiProperty({ enum: list, description }), required(), IsIn(list as string[], { message: `must be one of: ${list.join(', ')}` }));

export const RequiredCodes = (list: readonly string[], description?: string) =>
  applyDecorators(
    ApiProperty({ enum: list, isArray: true, description }),
    required(),
    IsArray({ message: 'must be a list' }),
    IsIn(list as string[], { each: true, message: `each must be one of: ${list.join(', ')}` }),
    ArrayUnique({ message: 'must not name the same one twice' }),
  );

export const RequiredInteger = (example: number, description?: string) =>
  applyDecorators(ApiProperty({ example, type: 'integer', description }), required(), IsInt({ message: 'must be a whole number' }));

export const RequiredNumber = (example: number, description?: string) =>
  applyDecorators(ApiProperty({ example, description }), required(), IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' }));

export const OptionalNumber = (example: number, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ example, description }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' }),
  );

export const RequiredBoolean = (description?: string) =>
  applyDecorators(ApiProperty({ type: 'boolean', description }), required(), IsBoolean({ message: 'must be true or false' }));

export const RequiredId = (description: string) =>
  applyDecorators(ApiProperty({ format: 'uuid', description }), required(), IsUUID('all', { message: 'must be an id (uuid)' }));

export const OptionalIds = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'string', format: 'uuid', isArray: true, description }),
    IsOptional(),
    IsArray({ message: 'must be a list' }),
    IsUUID('all', { each: true, message: 'each must be an id (uuid)' }),
    ArrayUnique({ message: 'must not name the same one twice' }),
  );
