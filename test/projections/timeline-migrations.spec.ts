import { randomUUID } from 'node:crypto';
import { personalDataOf } from '@app/case-domain';
import { CaseTimelineProjection, CheckpointStore, ProjectionRunner, tidyFully } from '@app/projections';
import type { DataSource } from 'typeorm';
import { caseTimeline } from '../../apps/api/src/read-models/case-timeline.query';
import { createTestDatabase, encryptedStoreOn, poolOf } from '../support/test-database';

let dataSource: DataSource;

beforeAll(async () => {
  ({ dataSource } = await createTestDatabase());
});

afterAll(async () => {
  await dataSource.destroy();
});

async function openCase(title: string) {
  const { keys, store } = encryptedStoreOn(dataSource);
  const employeeId = randomUUID();
  const caseId = randomUUID();
  const actor = { actorId: randomUUID() };
  const opened = { caseId, employeeId, leaderId: actor.actorId, unitId: randomUUID(), kind: 'psychosocial', title };
  const { position } = await store.append(`case-${caseId}`, [{ eventId: randomUUID(), type: 'CaseOpened', data: opened, context: actor, personal: personalDataOf('CaseOpened', employeeId) }], 'no_stream');
  return { keys, store, employeeId, caseId, actor, opened, position };
}

const checkpoints = new CheckpointStore();

/** The timeline's checkpoint at the event at `position`, as a runner would have left it. */
async function timelineCheckpointAt(position: number): Promise<void> {
  const [{ tx }] = await dataSource.query('SELECT transaction_id::text AS tx FROM events WHERE position = $1', [position]);
  await checkpoints.ensure(dataSource.manager, 'case_timeline');
  await dataSource.query(`UPDATE projection_checkpoints SET major = $1, minor = $2, position = $2 WHERE name = 'case_timeline'`, [tx, position]);
}

/**
 * An installation from before migration 5 has the timeline in clear text and a checkpoint at
 * its end. After the upgrade that table is emptied once, and the runner projects every entry
 * again, which the timeline reads as before.
 */
it('empties a timeline from before migration 5 on upgrade and the runner projects it again', async () => {
  const { keys, store, employeeId, caseId, actor, opened, position } = await openCase('Oppgraderingssak');

  await dataSource.undoLastMigration(); // migration 6
  await dataSource.undoLastMigration(); // back to the schema before migration 5
  const [event] = await dataSource.query('SELECT event_id, metadata FROM events WHERE position = $1', [position]);
  await dataSource.query(
    `INSERT INTO rm_timeline (case_id, version, position, event_id, type, occurred_at, actor_id, employee_id, data, hash)
     VALUES ($1, 1, $2, $3, 'CaseOpened', now(), $4, $5, $6, $7)`,
    [caseId, position, event.event_id, actor.actorId, employeeId, JSON.stringify(opened), event.metadata.hash],
  );
  await timelineCheckpointAt(position);

  await dataSource.runMigrations();
  expect(await dataSource.query('SELECT * FROM rm_timeline')).toEqual([]);
  expect((await checkpoints.load(dataSource.manager, 'case_timeline')).position).toBe(0);

  const runner = new ProjectionRunner(dataSource, store, new CaseTimelineProjection(keys));
  runner.start();
  try {
    expect(await runner.waitFor(position, 5000)).toBe(true);
  } finally {
    await runner.stop();
  }
  expect(await dataSource.query('SELECT count(*)::int AS n FROM rm_timeline WHERE case_id = $1', [caseId])).toEqual([{ n: 1 }]);
  const [entry] = await caseTimeline(poolOf(dataSource), keys, caseId);
  expect(entry.data.title).toBe('Oppgraderingssak');
  expect(entry.text).toContain('«Oppgraderingssak»');
});

/**
 * Under migration 5 every entry held the event store's ciphertext. Migration 6 marks them
 * sealed, with no replay, and the runner opens them; the timeline reads the same throughout.
 */
it('marks the ciphertext entries of migration 5 sealed, and they are opened without a replay', async () => {
  const { keys, employeeId, caseId, actor, position } = await openCase('Forseglet sak');
  await dataSource.undoLastMigration(); // back to migration 5
  const [event] = await dataSource.query('SELECT event_id, data, metadata FROM events WHERE position = $1', [position]);
  expect(JSON.stringify(event.data)).toContain('$encrypted');
  await dataSource.query(
    `INSERT INTO rm_timeline (case_id, version, position, event_id, type, occurred_at, actor_id, employee_id, data, personal, hash)
     VALUES ($1, 1, $2, $3, 'CaseOpened', now(), $4, $5, $6, $7, $8)`,
    [caseId, position, event.event_id, actor.actorId, employeeId, JSON.stringify(event.data), JSON.stringify(event.metadata.personal), event.metadata.hash],
  );
  await timelineCheckpointAt(position);

  await dataSource.runMigrations();
  expect(await dataSource.query('SELECT sealed FROM rm_timeline WHERE case_id = $1', [caseId])).toEqual([{ sealed: true }]);
  expect((await checkpoints.load(dataSource.manager, 'case_timeline')).position).toBe(position); // no replay
  const [sealedEntry] = await caseTimeline(poolOf(dataSource), keys, caseId);
  expect(sealedEntry.data.title).toBe('Forseglet sak');

  expect(await tidyFully(dataSource, new CaseTimelineProjection(keys))).toBeGreaterThanOrEqual(1);
  const [stored] = await dataSource.query('SELECT data->>\'title\' AS title, sealed FROM rm_timeline WHERE case_id = $1', [caseId]);
  expect(stored).toEqual({ title: 'Forseglet sak', sealed: false });
  expect(await caseTimeline(poolOf(dataSource), keys, caseId)).toEqual([sealedEntry]);
});
