import type { ExportCase } from '../../commands';
import { EXPORT_FORMATS, type CaseEvent } from '../../events/case-events';
import { FieldChecks } from '../../validation/field-checks';

/** ExportCase: records that someone took the case's documentation out, in which format. */
export function exportCase({ data }: ExportCase): CaseEvent[] {
  const check = new FieldChecks();
  check.code('format', data.format, EXPORT_FORMATS);
  check.throwIfAny();
  return [{ type: 'CaseExported', data: { format: data.format } }];
}
