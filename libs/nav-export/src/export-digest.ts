import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * sha256 (hex) of an export document as RFC 8785 canonical JSON: the same for the object the
 * server sends and for the file parsed back, however it was re-indented. CaseExported records it.
 */
export function exportDigest(doc: unknown): string {
  // Through JSON first, so what is hashed is exactly what a file of this document can hold.
  const canonical = canonicalize(JSON.parse(JSON.stringify(doc)));
  if (canonical === undefined) throw new Error('The document cannot be canonicalised');
  return createHash('sha256').update(canonical).digest('hex');
}
