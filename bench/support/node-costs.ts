import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { GENESIS_HASH, sealEvents, type NewEvent } from '@app/event-store';
import { caseEvent } from './payload';

/** Microseconds of Node CPU per event for each step an append adds over a raw INSERT. */
export interface NodeCosts {
  makeEvent: number;
  canonicalize: number;
  sha256: number;
  seal: number;
  stringify: number;
}

function timeEach<T>(items: T[], work: (item: T) => unknown): number {
  for (const item of items.slice(0, 1000)) work(item); // warm the JIT
  const started = performance.now();
  for (const item of items) work(item);
  return ((performance.now() - started) * 1000) / items.length;
}

export function measureNodeCosts(count = 20_000): NodeCosts {
  const seqs = Array.from({ length: count }, (_, i) => i);
  const makeEvent = timeEach(seqs, caseEvent);
  const events: NewEvent[] = seqs.map(caseEvent);
  const seal = timeEach(events, (e) => sealEvents('case-costs', 7, GENESIS_HASH, [e]));
  const sealed = events.map((e) => sealEvents('case-costs', 7, GENESIS_HASH, [e])[0]);
  const canonical = sealed.map((s) => canonicalize(s) as string);
  return {
    makeEvent,
    canonicalize: timeEach(sealed, (s) => canonicalize(s)),
    sha256: timeEach(canonical, (c) => createHash('sha256').update(GENESIS_HASH + c).digest('hex')),
    seal,
    stringify: timeEach(sealed, (s) => JSON.stringify(s.data) + JSON.stringify(s.metadata)),
  };
}
