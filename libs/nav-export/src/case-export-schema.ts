import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
// Imported rather than read from disk: tsc copies it to dist/docs/schemas/, the same path
// relative to the compiled file, so it also ships in the server image (which holds dist only).
import caseExportSchema from '../../../docs/schemas/case-export.schema.json';

/**
 * Validates a case export (GET /api/cases/:id/export.json) against its JSON Schema,
 * docs/schemas/case-export.schema.json (draft 2020-12). Checks the document's shape, codes,
 * formats and NAV's field rules; not the hash chain (the CLI's `verify` checks that against
 * the event store).
 */

/** The schema itself, e.g. to serve or to hand to another validator. */
export const CASE_EXPORT_SCHEMA: Readonly<Record<string, unknown>> = caseExportSchema;

export interface CaseExportValidation {
  valid: boolean;
  /** Readable, one per problem: "/application/ansatt/fnr must match pattern \"^[0-9]{11}$\"". */
  errors: string[];
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(caseExportSchema);
  }
  return compiled;
}

function describe(error: ErrorObject): string {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${path}/${String(params.missingProperty)} is required`;
    case 'additionalProperties':
      return `${path}/${String(params.additionalProperty)} is not allowed (no such property)`;
    case 'enum':
      return `${path || '/'} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${path || '/'} must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return `${path || '/'} ${error.message ?? 'is not valid'}`;
  }
}

/** Whether `doc` is a valid case export, and if not, every problem with its JSON Pointer. */
export function validateCaseExport(doc: unknown): CaseExportValidation {
  const validate = validator();
  if (validate(doc)) return { valid: true, errors: [] };
  // `if` only says that `then`/`else` failed; the errors inside them name the field.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if').map(describe);
  return { valid: false, errors: [...new Set(errors)] };
}
