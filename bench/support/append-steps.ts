import type { PostgresEventStore } from '@app/event-store';
import type { Pool } from 'pg';
import { caseEvent, rawMetadata } from './payload';
import type { Step } from './writers';

export const STREAMS_PER_WRITER = 50;

/** Tables for the raw baselines, created once per append database. */
export const RAW_TABLES = [
  `CREATE TABLE bench_raw (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     stream_id text NOT NULL,
     version integer NOT NULL,
     data jsonb NOT NULL,
     metadata jsonb NOT NULL
   )`,
  // Same columns, defaults and indexes as `events` (no triggers): isolates the schema's cost.
  'CREATE TABLE bench_events_copy (LIKE events INCLUDING ALL)',
];

/** Each writer owns its streams and takes them in turn, knowing each one's version. */
function roundRobin(tag: string, writer: number) {
  const versions = new Array<number>(STREAMS_PER_WRITER).fill(0);
  let turn = 0;
  return () => {
    const index = turn++ % STREAMS_PER_WRITER;
    return { streamId: `case-${tag}-${writer}-${index}`, index, versions, seq: turn };
  };
}

/** The subject: one event per append through the port, expecting the known version. */
export function portStep(store: PostgresEventStore, tag: string) {
  return (writer: number): Step => {
    const next = roundRobin(tag, writer);
    return async () => {
      const { streamId, index, versions, seq } = next();
      const result = await store.append(streamId, [caseEvent(seq)], versions[index]);
      versions[index] = result.nextVersion;
    };
  };
}

/** The baseline: a single-row INSERT of the same payload and metadata size. */
export function rawStep(pool: Pool, tag: string) {
  return (writer: number): Step => {
    const next = roundRobin(tag, writer);
    return async () => {
      const { streamId, index, versions, seq } = next();
      const event = caseEvent(seq);
      await pool.query('INSERT INTO bench_raw (stream_id, version, data, metadata) VALUES ($1, $2, $3, $4)', [
        streamId,
        ++versions[index],
        JSON.stringify(event.data),
        JSON.stringify(rawMetadata(event)),
      ]);
    };
  };
}

/** Diagnostic: single-row INSERT into a table shaped like `events` (4 indexes, xid8 default). */
export function rawEventsShapeStep(pool: Pool, tag: string) {
  return (writer: number): Step => {
    const next = roundRobin(tag, writer);
    return async () => {
      const { streamId, index, versions, seq } = next();
      const event = caseEvent(seq);
      await pool.query(
        `INSERT INTO bench_events_copy (event_id, stream_id, version, type, schema_version, data, metadata)
         VALUES ($1, $2, $3, $4, 1, $5, $6) RETURNING position`,
        [event.eventId, streamId, ++versions[index], event.type, JSON.stringify(event.data), JSON.stringify(rawMetadata(event))],
      );
    };
  };
}

/** Diagnostic: the port's own unnest statement into the events-shaped table, without hashing. */
export function rawUnnestStep(pool: Pool, tag: string) {
  return (writer: number): Step => {
    const next = roundRobin(tag, writer);
    return async () => {
      const { streamId, index, versions, seq } = next();
      const event = caseEvent(seq);
      await pool.query(
        `INSERT INTO bench_events_copy (event_id, stream_id, version, type, schema_version, data, metadata)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[])
         RETURNING position`,
        [
          [event.eventId],
          [streamId],
          [++versions[index]],
          [event.type],
          [1],
          [JSON.stringify(event.data)],
          [JSON.stringify(rawMetadata(event))],
        ],
      );
    };
  };
}
