import { readFileSync } from 'node:fs';
import { caseStreamId } from '@app/case-domain';
import { verifyStream } from '@app/event-store';
import { verifyExport } from '@app/nav-export';
import type { Runtime } from '../runtime/runtime';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `cli verify <caseId> [export.json]`: recomputes the case's hash chain from the store and,
 * given an export file, checks every exported event against the store. Exit 0 only when all
 * holds, 1 when something differs, 2 when the question itself is wrong (no such case, no file).
 */
export async function verifyCommand(runtime: Runtime, caseId: string, file?: string): Promise<number> {
  if (!UUID.test(caseId)) return fail(`"${caseId}" is not a case id (a uuid).`);
  const raw = await runtime.store.readRaw(caseStreamId(caseId));
  if (raw.length === 0) return fail(`There is no case ${caseId} in this database.`);
  const chain = verifyStream(raw);
  console.log(
    chain.valid
      ? `Case ${caseId}: the hash chain holds over ${chain.eventCount} events; head ${chain.headHash}.`
      : `Case ${caseId}: the hash chain BREAKS at event ${chain.firstInvalidVersion} of ${chain.eventCount}.`,
  );
  if (!file) return chain.valid ? 0 : 1;

  let doc: { case?: { id?: unknown } };
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  if (doc?.case?.id !== caseId) return fail(`${file} is an export of case ${String(doc?.case?.id)}, not of ${caseId}.`);
  const decrypted = await runtime.store.decrypt(raw);
  const result = verifyExport(doc, raw, decrypted);
  if (result.recordedBy) {
    console.log(`${file} is the ${result.recordedBy.format.toUpperCase()} export recorded as event ${result.recordedBy.version}, ${result.recordedBy.occurredAt}, by user ${result.recordedBy.actorId}.`);
  }
  for (const note of result.notCheckable) console.log(`Not checkable: ${note}`);
  for (const problem of result.problems) console.log(`DIFFERS: ${problem}`);
  console.log(
    result.valid
      ? `${file}: all ${result.eventCount} exported events match the store and its chain.`
      : `${file}: does NOT match the store (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}).`,
  );
  return result.valid ? 0 : 1;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}
