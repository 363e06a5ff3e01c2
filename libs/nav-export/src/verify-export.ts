import canonicalize from 'canonicalize';
import { isErased, verifyStream, type StoredEvent } from '@app/event-store';
import { validateCaseExport } from './case-export-schema';
import { exportDigest } from './export-digest';

/** The result of checking an export file against the event store. */
export interface ExportVerification {
  valid: boolean;
  /** Each thing that does not hold, one sentence each, naming the event. */
  problems: string[];
  /** Personal fields erased from the store since the export: they can no longer be compared. */
  notCheckable: string[];
  eventCount: number;
  /** The CaseExported event that recorded this very file (its digest), when there is one. */
  recordedBy?: { version: number; occurredAt: string; actorId: string; format: string };
}

/** The parts of an export file this check reads (a parsed export.json, not trusted). */
interface ExportedEventLike {
  eventId?: unknown;
  version?: unknown;
  type?: unknown;
  occurredAt?: unknown;
  actor?: { id?: unknown };
  data?: unknown;
  prevHash?: unknown;
  hash?: unknown;
}

/**
 * Checks an export against the case's stream. The file is genuine when a CaseExported event
 * of the case records its digest (so no section of it was changed, added or left out) and the
 * stored chain holds. Every exported event is also compared with the stored event of that
 * version — same id, type, time, actor, hashes and, decrypted, the same data — to say what
 * differs. `raw` as stored (ciphertext), `decrypted` the same events read through the
 * encrypting store.
 */
export function verifyExport(doc: unknown, raw: readonly StoredEvent[], decrypted: readonly StoredEvent[]): ExportVerification {
  const problems: string[] = [];
  const notCheckable: string[] = [];
  const chain = verifyStream([...raw]);
  if (!chain.valid) {
    const broken = raw[(chain.firstInvalidVersion ?? 1) - 1];
    problems.push(`The store's hash chain breaks at event ${chain.firstInvalidVersion}${broken ? ` (${broken.type}, ${broken.eventId})` : ''}: a stored event was changed, removed or reordered.`);
  }
  for (const error of validateCaseExport(doc).errors) problems.push(`Not a valid case export (docs/schemas/case-export.schema.json): ${error}.`);
  const file = (doc ?? {}) as { case?: { id?: unknown }; timeline?: unknown; chain?: { eventCount?: unknown; headHash?: unknown } };
  const timeline = Array.isArray(file.timeline) ? (file.timeline as ExportedEventLike[]) : [];
  if (!Array.isArray(file.timeline)) problems.push('The file has no timeline: it is not a case export.');

  timeline.forEach((exported, index) => {
    const version = index + 1;
    const label = `Event ${version}${typeof exported.type === 'string' ? ` (${exported.type})` : ''}`;
    if (exported.version !== version) return void problems.push(`${label}: the file numbers it ${String(exported.version)}; events must run 1, 2, 3, … without gaps.`);
    const stored = raw[index];
    const plain = decrypted[index];
    if (!stored || !plain) return void problems.push(`${label}: the store has no event ${version} in this case.`);
    const differs = (field: string, a: unknown, b: unknown) => a !== b && problems.push(`${label}: ${field} differs from the store (file ${JSON.stringify(a)}, store ${JSON.stringify(b)}).`);
    differs('eventId', exported.eventId, stored.eventId);
    differs('type', exported.type, stored.type);
    differs('occurredAt', exported.occurredAt, stored.metadata.occurredAt);
    differs('actor', exported.actor?.id, stored.metadata.actorId);
    differs('prevHash', exported.prevHash, stored.metadata.prevHash);
    differs('hash', exported.hash, stored.metadata.hash);
    for (const path of dataDifferences(exported.data, plain.data, 'data', notCheckable, version)) {
      problems.push(`${label}: ${path} differs from the store.`);
    }
  });

  const digest = exportDigest(doc ?? null);
  const record = decrypted.find((e) => e.type === 'CaseExported' && e.data.digest === digest);
  if (!record) {
    problems.push(
      `No export of this case recorded this file's digest (${digest}): the file was changed after it was exported, or it is not an export of this case.`,
    );
  }
  if (timeline.length === 0) problems.push('The file holds no events.');
  const last = timeline[timeline.length - 1];
  if (file.chain?.eventCount !== timeline.length) problems.push(`chain.eventCount says ${String(file.chain?.eventCount)}, but the file holds ${timeline.length} events.`);
  if (last && file.chain?.headHash !== last.hash) problems.push("chain.headHash is not the last exported event's hash.");
  const recordedBy = record
    ? { version: record.version, occurredAt: record.metadata.occurredAt, actorId: record.metadata.actorId, format: String(record.data.format) }
    : undefined;
  return { valid: problems.length === 0, problems, notCheckable, eventCount: timeline.length, recordedBy };
}

/** Paths where the exported data and the stored (decrypted) data differ; erased fields are noted, not compared. */
function dataDifferences(exported: unknown, stored: unknown, path: string, notCheckable: string[], version: number): string[] {
  if (isErased(stored)) {
    if (!isErased(exported)) notCheckable.push(`Event ${version}: ${path} was erased from the store after the export.`);
    return [];
  }
  if (isPlainObject(exported) && isPlainObject(stored)) {
    const keys = [...new Set([...Object.keys(exported), ...Object.keys(stored)])].sort();
    return keys.flatMap((key) => dataDifferences(exported[key], stored[key], `${path}.${key}`, notCheckable, version));
  }
  return canonicalize(exported) === canonicalize(stored) ? [] : [path];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
