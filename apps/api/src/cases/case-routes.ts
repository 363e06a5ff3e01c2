import { applyDecorators, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator';
import { CommandAnswerDto } from '../organisation/organisation.dto';
import { notFound } from '../access/access-policy';

/** A case command route: POST, 201 {id, version, position}, the concurrency headers, the problems. */
export function CaseCommandRoute(path: string, summary: string) {
  return applyDecorators(
    Post(path),
    HttpCode(201),
    ApiTags('case commands'),
    ApiCookieAuth(),
    ApiOperation({ summary }),
    ApiParam({ name: 'id', description: 'The case id', format: 'uuid' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The case version you saw (ETag); a newer one answers 412' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and appends nothing' }),
    ApiHeader({ name: 'X-CSRF-Token', required: true, description: 'From sign-in or GET /api/auth/me' }),
    ApiCreatedResponse({ type: CommandAnswerDto }),
    ApiProblems(400, 401, 403, 404, 409, 412),
  );
}

/** The `:id` of a case route; anything but a uuid is a case that does not exist. */
export const CaseId = () => Param('id', new ParseUUIDPipe({ exceptionFactory: () => notFound('(malformed id)') }));
