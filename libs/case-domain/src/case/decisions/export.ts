import type { ExportCase } from '../../commands';
import { EXPORT_FORMATS, type CaseEvent } from '../../events/case-events';
import { FieldChecks } from '../../validation/field-checks';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** ExportCase: records who took the case's documentation out, in which format, and its digest. */
export function exportCase({ data }: ExportCase): CaseEvent[] {
  const check = new FieldChecks();
  check.code('format', data.format, EXPORT_FORMATS);
  if (typeof data.digest !== 'string' || !SHA256_HEX.test(data.digest)) {
    check.add('digest', 'INVALID_TYPE', 'must be a sha256 digest in lowercase hex');
  }
  check.throwIfAny();
  return [{ type: 'CaseExported', data: { format: data.format, digest: data.digest } }];
}
