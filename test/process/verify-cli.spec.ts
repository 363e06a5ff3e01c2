import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseStreamId } from '@app/case-domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseWorld, openCase, type CaseWorld } from '../support/case-factory';

const CLI = join(__dirname, '../../dist/apps/api/src/cli.js');
const MASTER_KEY = randomBytes(32).toString('base64');
let app: TestApp;
let world: CaseWorld;
const dir = mkdtempSync(join(tmpdir(), 'verify-'));

beforeAll(async () => {
  app = await startTestApp({ MASTER_KEY });
  world = await caseWorld(app);
});

afterAll(() => app.close());

function verify(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'verify', ...args], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: app.runtime.config.DATABASE_URL ?? '', MASTER_KEY },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

/** A case with a risk and a note, exported as JSON to a file; returns the case id, the file and the document. */
async function exportedCase(title: string) {
  const caseId = await openCase(world, title);
  await world.hr.client.post(`/api/cases/${caseId}/risks`, VALID.risk);
  await world.hr.client.post(`/api/cases/${caseId}/notes`, VALID.note);
  const doc = (await world.hr.client.get(`/api/cases/${caseId}/export.json`)).body;
  const file = join(dir, `${caseId}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return { caseId, file, doc };
}

async function changeStoredRow(caseId: string, version: number, sql: string) {
  // Only the table's owner can do this, and only by switching the append-only trigger off.
  await app.runtime.pool.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
  await app.runtime.pool.query(`UPDATE events SET ${sql} WHERE stream_id = $1 AND version = $2`, [caseStreamId(caseId), version]);
  await app.runtime.pool.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
}

describe('npm run cli -- verify <caseId> [export.json]', () => {
  it('confirms an untouched export: every event matches the store and the chain holds', async () => {
    const { caseId, file } = await exportedCase('Urørt eksport');
    const chainOnly = verify(caseId);
    expect(chainOnly.output).toMatch(new RegExp(`Case ${caseId}: the hash chain holds over 4 events; head [0-9a-f]{64}\\.`));
    expect(chainOnly.code).toBe(0);
    const withFile = verify(caseId, file);
    expect(withFile.output).toMatch(new RegExp(`${file} is the JSON export recorded as event 4, \\d{4}-.*Z, by user ${world.hr.id}\\.`));
    expect(withFile.output).toContain(`${file}: all 3 exported events match the store and its chain.`);
    expect(withFile.code).toBe(0);
  });

  it('fails an edited export and says which event and field differ', async () => {
    const { caseId, file, doc } = await exportedCase('Redigert eksport');
    const original = JSON.parse(JSON.stringify(doc));
    const write = (changed: unknown) => writeFileSync(file, JSON.stringify(changed));
    const notRecorded = "No export of this case recorded this file's digest";

    doc.timeline[1].data.description = 'Noe helt annet';
    write(doc);
    const edited = verify(caseId, file);
    expect(edited.output).toContain('DIFFERS: Event 2 (RiskIdentified): data.description differs from the store.');
    expect(edited.output).toContain(notRecorded);
    expect(edited.output).toContain('does NOT match the store (2 problems)');
    expect(edited.code).toBe(1);

    // A section outside the timeline: NAV's form.
    const fnr = JSON.parse(JSON.stringify(original));
    fnr.application.ansatt.fnr = '01010112345';
    write(fnr);
    const application = verify(caseId, file);
    expect(application.output).toContain(notRecorded);
    expect(application.code).toBe(1);

    // An event left out, with the chain summary made to agree.
    const cut = JSON.parse(JSON.stringify(original));
    cut.timeline.pop();
    cut.chain = { ...cut.chain, eventCount: 2, headHash: cut.timeline[1].hash };
    write(cut);
    const shortened = verify(caseId, file);
    expect(shortened.output).toContain(notRecorded);
    expect(shortened.code).toBe(1);

    const empty = { ...JSON.parse(JSON.stringify(original)), timeline: [], chain: { ...original.chain, eventCount: 0 } };
    write(empty);
    expect(verify(caseId, file)).toMatchObject({ code: 1, output: expect.stringContaining('The file holds no events.') });

    const malformed = JSON.parse(JSON.stringify(original));
    malformed.timeline[2].hash = 'not-a-hash';
    write(malformed);
    const broken = verify(caseId, file);
    expect(broken.output).toContain('DIFFERS: Not a valid case export (docs/schemas/case-export.schema.json): /timeline/2/hash must match pattern');
    expect(broken.code).toBe(1);

    write(original); // re-indented differently from the download, still the same document
    expect(verify(caseId, file).code).toBe(0);
  });

  it('fails when a stored row was changed behind the API, naming the event, as the verification route does', async () => {
    const { caseId, file } = await exportedCase('Endret i databasen');
    await changeStoredRow(caseId, 2, `data = jsonb_set(data, '{severity}', '"low"')`);
    const chainOnly = verify(caseId);
    expect(chainOnly.output).toContain(`Case ${caseId}: the hash chain BREAKS at event 2 of 4.`);
    expect(chainOnly.code).toBe(1);
    const withFile = verify(caseId, file);
    expect(withFile.output).toMatch(/DIFFERS: The store's hash chain breaks at event 2 \(RiskIdentified, [0-9a-f-]{36}\)/);
    expect(withFile.output).toContain('DIFFERS: Event 2 (RiskIdentified): data.severity differs from the store.');
    expect(withFile.code).toBe(1);
    const route = (await world.hr.client.get(`/api/cases/${caseId}/verification`)).body;
    expect(route).toMatchObject({ valid: false, eventCount: 4, firstInvalidVersion: 2 });
  });

  it('says so when the case or the file is not what was asked for', async () => {
    const { file } = await exportedCase('Feil sak');
    const other = await openCase(world, 'Annen sak');
    const wrongCase = verify(other, file);
    expect(wrongCase.output).toMatch(/is an export of case [0-9a-f-]{36}, not of/);
    expect(wrongCase.code).toBe(2);
    expect(verify('00000000-0000-4000-8000-000000000000').output).toContain('There is no case 00000000-0000-4000-8000-000000000000');
    expect(verify('nope').code).toBe(2);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'not json');
    expect(verify(other, notJson)).toMatchObject({ code: 2, output: expect.stringContaining('Cannot read') });
  });
});
