import { randomBytes, randomUUID } from 'node:crypto';
import { personalDataOf } from '@app/case-domain';
import { EncryptingEventStore, KeyStore, PostgresEventStore } from '@app/event-store';
import { CaseTimelineProjection, CheckpointStore, ProjectionRunner } from '@app/projections';
import type { DataSource } from 'typeorm';
import { caseTimeline } from '../../apps/api/src/read-models/case-timeline.query';
import { createTestDatabase, poolOf } from '../support/test-database';

let dataSource: DataSource;

beforeAll(async () => {
  ({ dataSource } = await createTestDatabase());
});

afterAll(async () => {
  await dataSource.destroy();
});

/**
 * An installation from before migration 5 has the timeline in clear text and a checkpoint at
 * its end. After the upgrade the clear text is gone, and the runner projects every entry again
 * in the encrypted form, which the timeline reads as before.
 */
it('empties a clear-text timeline on upgrade and the runner projects it again, encrypted', async () => {
  const keys = new KeyStore(poolOf(dataSource), randomBytes(32));
  const store = new EncryptingEventStore(new PostgresEventStore(poolOf(dataSource)), keys);
  const employeeId = randomUUID();
  const caseId = randomUUID();
  const actor = { actorId: randomUUID() };
  const opened = { caseId, employeeId, leaderId: actor.actorId, unitId: randomUUID(), kind: 'psychosocial', title: 'Oppgraderingssak' };
  const { position } = await store.append(`case-${caseId}`, [{ eventId: randomUUID(), type: 'CaseOpened', data: opened, context: actor, personal: personalDataOf('CaseOpened', employeeId) }], 'no_stream');

  await dataSource.undoLastMigration(); // back to the schema before migration 5
  const [event] = await dataSource.query('SELECT event_id, transaction_id::text AS tx, metadata FROM events WHERE position = $1', [position]);
  await dataSource.query(
    `INSERT INTO rm_timeline (case_id, version, position, event_id, type, occurred_at, actor_id, employee_id, data, hash)
     VALUES ($1, 1, $2, $3, 'CaseOpened', now(), $4, $5, $6, $7)`,
    [caseId, position, event.event_id, actor.actorId, employeeId, JSON.stringify(opened), event.metadata.hash],
  );
  const checkpoints = new CheckpointStore();
  await checkpoints.ensure(dataSource.manager, 'case_timeline');
  await dataSource.query(`UPDATE projection_checkpoints SET major = $1, minor = $2, position = $2 WHERE name = 'case_timeline'`, [event.tx, position]);

  await dataSource.runMigrations();
  expect(await dataSource.query('SELECT * FROM rm_timeline')).toEqual([]);
  expect((await checkpoints.load(dataSource.manager, 'case_timeline')).position).toBe(0);

  const runner = new ProjectionRunner(dataSource, store, new CaseTimelineProjection());
  runner.start();
  try {
    expect(await runner.waitFor(position, 5000)).toBe(true);
  } finally {
    await runner.stop();
  }
  const [stored] = await dataSource.query('SELECT data::text AS data FROM rm_timeline WHERE case_id = $1', [caseId]);
  expect(stored.data).not.toContain('Oppgraderingssak');
  const [entry] = await caseTimeline(poolOf(dataSource), keys, caseId);
  expect(entry.data.title).toBe('Oppgraderingssak');
  expect(entry.text).toContain('«Oppgraderingssak»');
});
