import { addDays, calendarDate } from '@app/case-domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseVersion, caseWorld, openCase, type CaseWorld } from '../support/case-factory';
import { exportDigest, validateCaseExport } from '@app/nav-export';
import { pdfText } from '../support/pdf-text';

let app: TestApp;
let world: CaseWorld;
const today = () => calendarDate(new Date(), 'Europe/Oslo');

beforeAll(async () => {
  app = await startTestApp();
  world = await caseWorld(app);
});

afterAll(() => app.close());

/** A case ready for NAV: long absence, a measure tried and evaluated, both consents, the request. */
async function completeCase(title = 'Høyt arbeidspress etter omorganisering'): Promise<string> {
  const caseId = await openCase(world, title);
  const post = async (path: string, body: unknown, client = world.hr.client) => {
    const answer = await client.post(`/api/cases/${caseId}${path}`, body);
    if (answer.status !== 201) throw new Error(`${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const risk = await post('/risks', VALID.risk);
  await post('/absences', { from: addDays(today(), -70), grade: 100, kind: 'sick_note' });
  await post('/follow-up-plans', { ...VALID.followUpPlan, madeOn: addDays(today(), -50) });
  const action = await post('/actions', VALID.action(world.leader.id, [risk.id]), world.leader.client);
  await post(`/actions/${action.id}/completion`, { ...VALID.completion, completedOn: addDays(today(), -5) }, world.leader.client);
  await post(`/actions/${action.id}/evaluation`, VALID.evaluation, world.leader.client);
  await post('/consents', VALID.consent('employee'));
  await post('/consents', VALID.consent('employer'));
  await post('/expert-support', VALID.expertSupport);
  return caseId;
}

describe('GET /api/cases/:id/export.json', () => {
  it("exports NAV's application, the checklist, every event decrypted with its hash, and the chain's head", async () => {
    const caseId = await completeCase();
    const versionBefore = await caseVersion(world, caseId);
    const before = (await world.hr.client.get(`/api/cases/${caseId}/verification`)).body;
    const answer = await world.hr.client.get(`/api/cases/${caseId}/export.json`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="saksdokumentasjon-${caseId.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json"$`));
    const doc = answer.body;
    expect(validateCaseExport(doc)).toEqual({ valid: true, errors: [] });

    expect(doc.application).toMatchObject({
      virksomhet: { virksomhetsnummer: '974760673', virksomhetsnavn: 'Fjordvik kommune', kontaktperson: { navn: 'Lars Øvrebø' } },
      ansatt: { fnr: '15076500565', navn: 'Kari Nordmann' },
      ekspert: { navn: 'Ingrid Berg', virksomhet: 'Arbeidshelse Vest AS' },
      behovForBistand: { timer: 10, estimertKostnad: 15000, startdato: '2030-01-10' },
    });
    expect(doc.missing).toEqual([]);
    expect(doc.eligibility.every((rule: { met: boolean }) => rule.met)).toBe(true);
    expect(doc.case).toMatchObject({ id: caseId, title: 'Høyt arbeidspress etter omorganisering', employee: { name: 'Kari Nordmann' }, leader: { name: 'Lars Øvrebø' } });
    expect(doc.generatedBy).toEqual({ id: world.hr.id, name: 'Hanne Hansen', role: 'hr' });

    // The document covers the case as it was; the export is then recorded with its digest.
    expect(doc.timeline.map((e: { version: number }) => e.version)).toEqual(Array.from({ length: versionBefore }, (_, i) => i + 1));
    expect(doc.timeline[0].data.title).toBe('Høyt arbeidspress etter omorganisering'); // decrypted, not ciphertext
    expect(doc.timeline[0].text).toContain('Hanne Hansen opprettet saken «Høyt arbeidspress etter omorganisering» om Kari Nordmann');
    expect(JSON.stringify(doc.timeline)).not.toContain('$encrypted');
    for (const [i, event] of doc.timeline.entries()) {
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(event.prevHash).toBe(doc.timeline[i - 1].hash);
    }
    expect(doc.chain).toMatchObject({ eventCount: versionBefore, headHash: before.headHash, valid: true });
    expect(doc.chain.headHash).toBe(doc.timeline[versionBefore - 1].hash);

    expect(await caseVersion(world, caseId)).toBe(versionBefore + 1);
    const timeline = (await world.hr.client.get(`/api/cases/${caseId}/timeline?minPosition=${(await app.runtime.store.health()).headPosition}`)).body;
    const recorded = timeline[versionBefore];
    expect(recorded).toMatchObject({ type: 'CaseExported', data: { format: 'json', digest: exportDigest(doc) }, actor: { id: world.hr.id } });
    expect(recorded.text).toBe('Hanne Hansen eksporterte saken som JSON-dokumentasjon.');
  });

  it('records nothing for a HEAD request (a link checker), but checks access', async () => {
    const caseId = await openCase(world, 'Lenkesjekk');
    const version = await caseVersion(world, caseId);
    const head = await world.hr.client.send('HEAD', `/api/cases/${caseId}/export.pdf`);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('application/pdf');
    expect(await caseVersion(world, caseId)).toBe(version);
    expect((await world.leader.client.send('HEAD', `/api/cases/${caseId}/export.json`)).status).toBe(403);
  });

  it('lists what is missing for NAV on a case that is not ready', async () => {
    const caseId = await openCase(world, 'Ny sak');
    const doc = (await world.hr.client.get(`/api/cases/${caseId}/export.json`)).body;
    expect(validateCaseExport(doc)).toEqual({ valid: true, errors: [] });
    expect(doc.missing.map((m: { field: string }) => m.field)).toEqual(expect.arrayContaining(['ekspert.navn', 'behovForBistand.timer']));
    expect(doc.eligibility.find((r: { code: string }) => r.code === 'consents').met).toBe(false);
  });

  it('exports a closed case too', async () => {
    const caseId = await openCase(world, 'Avsluttet sak');
    await world.hr.client.post(`/api/cases/${caseId}/closure`, VALID.closure);
    const answer = await world.hr.client.get(`/api/cases/${caseId}/export.json`);
    expect(answer.status).toBe(200);
    expect(answer.body.case.status).toBe('closed');
    expect(validateCaseExport(answer.body)).toEqual({ valid: true, errors: [] });
  });
});

describe('GET /api/cases/:id/export.pdf', () => {
  it('is a PDF dossier in Norwegian with the case, the application and the integrity section', async () => {
    const caseId = await completeCase('Konflikt på nattevakt – oppfølging');
    const answer = await world.hr.client.getBytes(`/api/cases/${caseId}/export.pdf`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toMatch(/^attachment; filename="saksdokumentasjon-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(answer.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(answer.body);
    for (const expected of ['Fjordvik kommune', 'Kari Nordmann', 'Lars Øvrebø', 'Konflikt på nattevakt – oppfølging', 'Søknad om tilskudd til ekspertbistand', 'Ingrid Berg', 'Omfordele saksmengde']) {
      expect(text).toContain(expected);
    }
    const verification = (await world.hr.client.get(`/api/cases/${caseId}/verification`)).body;
    const exported = (await world.hr.client.get(`/api/cases/${caseId}/timeline?minPosition=${(await app.runtime.store.health()).headPosition}`)).body;
    // The integrity section names the head of the chain the dossier covers: the event before its own record.
    expect(exported[verification.eventCount - 1].type).toBe('CaseExported');
    expect(text.replace(/\s+/g, '')).toContain(exported[verification.eventCount - 2].hash);
    expect(text).toMatch(/Side 1 av \d+/);
  });
});

describe('accountability and access', () => {
  it('records each export as an event and in the access log', async () => {
    const caseId = await openCase(world, 'Sporbarhet');
    await world.hr.client.get(`/api/cases/${caseId}/export.json`);
    await world.admin.client.getBytes(`/api/cases/${caseId}/export.pdf`);
    const timeline = (await world.hr.client.get(`/api/cases/${caseId}/timeline?minPosition=${(await app.runtime.store.health()).headPosition}`)).body;
    const exports = timeline.filter((e: { type: string }) => e.type === 'CaseExported');
    expect(exports.map((e: { data: { format: string }; actor: { id: string } }) => [e.data.format, e.actor.id])).toEqual([
      ['json', world.hr.id],
      ['pdf', world.admin.id],
    ]);
    const log = (await world.hr.client.get(`/api/cases/${caseId}/access-log`)).body;
    const entries = log.filter((e: { action: string }) => e.action.startsWith('export:'));
    expect(entries.map((e: { action: string; actorId: string; outcome: string }) => [e.action, e.actorId, e.outcome])).toEqual(
      expect.arrayContaining([
        ['export:json', world.hr.id, 'allowed'],
        ['export:pdf', world.admin.id, 'allowed'],
      ]),
    );
  });

  it('does not move the case up the case list: an export is not activity in the case', async () => {
    const older = await openCase(world, 'Eldre sak');
    const newer = await openCase(world, 'Nyere sak');
    await world.hr.client.get(`/api/cases/${older}/export.json`);
    const position = (await app.runtime.store.health()).headPosition;
    const { items } = (await world.hr.client.get(`/api/cases?minPosition=${position}&limit=100`)).body;
    const ids = items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(items.find((c: { id: string }) => c.id === older).version).toBe(2);
  });

  it("is HR's and admin's: the case's leader is refused, others see no case, and nothing is recorded", async () => {
    const caseId = await openCase(world, 'Kun HR');
    const version = await caseVersion(world, caseId);
    expect((await world.leader.client.get(`/api/cases/${caseId}/export.json`)).status).toBe(403);
    expect((await world.leader.client.getBytes(`/api/cases/${caseId}/export.pdf`)).status).toBe(403);
    expect((await world.otherLeader.client.get(`/api/cases/${caseId}/export.json`)).status).toBe(404);
    expect((await world.safetyRep.client.get(`/api/cases/${caseId}/export.json`)).status).toBe(404);
    expect((await world.hr.client.get('/api/cases/00000000-0000-4000-8000-000000000000/export.json')).status).toBe(404);
    expect(await caseVersion(world, caseId)).toBe(version);
    const log = (await world.hr.client.get(`/api/cases/${caseId}/access-log`)).body;
    expect(log.filter((e: { action: string; outcome: string }) => e.action === 'export:json' && e.outcome === 'denied')).toHaveLength(3);
  });
});
