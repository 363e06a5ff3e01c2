import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** OpenAPI document at /api/openapi.json and Swagger UI at /api/docs. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Arbeidsmiljø-saker API')
    .setDescription(
      'Cases about the psychosocial work environment (arbeidsmiljøloven § 4-3) and sick-leave follow-up, ' +
        'documented as events. Sign in with POST /api/auth/login; send the returned csrfToken as ' +
        'X-CSRF-Token on every write. Errors are RFC 9457 problem+json with a stable `code` and per-field `errors`.',
    )
    .setVersion('1')
    .addCookieAuth('sid')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA },
  };
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
}

type SchemaObject = NonNullable<ReturnType<DocumentBuilder['build']>['components']>['schemas'] extends Record<string, infer S> | undefined ? S : never;

const PROBLEM_DETAILS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', example: '/problems/invalid-input' },
    title: { type: 'string', example: 'Invalid request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'The request has invalid fields' },
    code: { type: 'string', example: 'INVALID_INPUT', description: 'Stable, for programs' },
    instance: { type: 'string', example: '/api/cases/…/risks' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: {
          field: { type: 'string', example: 'factorText' },
          code: { type: 'string', example: 'IS_NOT_EMPTY' },
          message: { type: 'string', example: 'is required when factor is other' },
        },
      },
    },
  },
};
