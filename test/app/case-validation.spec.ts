import { startTestApp, type TestApp } from '../support/test-app';
import { VALID, caseVersion, caseWorld, openCase, type CaseWorld } from '../support/case-factory';

let app: TestApp;
let world: CaseWorld;
let caseId: string;
let actionId: string;
let completedActionId: string;
let absenceId: string;

beforeAll(async () => {
  app = await startTestApp({ PROJECTIONS: 'off' });
  world = await caseWorld(app);
  caseId = await openCase(world);
  const post = (path: string, body: object) => world.hr.client.post(`/api/cases/${caseId}${path}`, body);
  actionId = (await post('/actions', LEADERS_ACTION())).body.id;
  completedActionId = (await post('/actions', LEADERS_ACTION())).body.id;
  await post(`/actions/${completedActionId}/completion`, VALID.completion);
  absenceId = (await post('/absences', { from: '2026-03-01', grade: 50, kind: 'sick_note' })).body.id;
  await post('/consents', VALID.consent('employee'));
  await post('/consents', VALID.consent('employer'));
  await post('/expert-support', VALID.expertSupport);
});

afterAll(() => app.close());

type Body = Record<string, unknown>;
type Row = [route: string, path: () => string, body: Body | (() => Body), field: string];

const LEADERS_ACTION = () => VALID.action(world.leader.id);
const without = (body: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));
const withExpert = (change: Record<string, unknown>) => ({ ...VALID.expertSupport, expert: { ...VALID.expertSupport.expert, ...change } });

const rows: Row[] = [
  ['open case', () => '/api/cases', { employeeId: 'x', leaderId: 'x', kind: 'combined', title: 'T' }, 'employeeId'],
  ['risks', () => `/api/cases/${caseId}/risks`, { ...VALID.risk, factor: 'weather' }, 'factor'],
  ['risks', () => `/api/cases/${caseId}/risks`, { ...VALID.risk, factor: 'other' }, 'factorText'],
  ['risks', () => `/api/cases/${caseId}/risks`, { ...VALID.risk, severity: 'extreme' }, 'severity'],
  ['risks', () => `/api/cases/${caseId}/risks`, { ...VALID.risk, source: 'rumour' }, 'source'],
  ['risks', () => `/api/cases/${caseId}/risks`, without(VALID.risk, 'description'), 'description'],
  ['risks', () => `/api/cases/${caseId}/risks`, { ...VALID.risk, description: 'Sykmeldt med diagnose F32.1' }, 'description'],
  ['risks', () => `/api/cases/${caseId}/risks`, { ...VALID.risk, diagnosis: 'F32' }, 'diagnosis'],
  ['actions', () => `/api/cases/${caseId}/actions`, without(VALID.action('x'), 'responsibleId'), 'responsibleId'],
  ['actions', () => `/api/cases/${caseId}/actions`, VALID.action('00000000-0000-4000-8000-000000000000'), 'responsibleId'],
  ['actions', () => `/api/cases/${caseId}/actions`, () => (without(LEADERS_ACTION(), 'dueDate')), 'dueDate'],
  ['actions', () => `/api/cases/${caseId}/actions`, () => ({ ...LEADERS_ACTION(), participants: [] }), 'participants'],
  ['actions', () => `/api/cases/${caseId}/actions`, () => ({ ...LEADERS_ACTION(), participants: ['boss'] }), 'participants'],
  ['actions', () => `/api/cases/${caseId}/actions`, () => ({ ...LEADERS_ACTION(), riskIds: ['00000000-0000-4000-8000-000000000000'] }), 'riskIds'],
  ['actions', () => `/api/cases/${caseId}/actions`, () => ({ ...LEADERS_ACTION(), dueDate: '3. desember' }), 'dueDate'],
  ['completion', () => `/api/cases/${caseId}/actions/${actionId}/completion`, { ...VALID.completion, completedOn: '2999-01-01' }, 'completedOn'],
  ['completion', () => `/api/cases/${caseId}/actions/${actionId}/completion`, without(VALID.completion, 'outcome'), 'outcome'],
  ['evaluation', () => `/api/cases/${caseId}/actions/${completedActionId}/evaluation`, { ...VALID.evaluation, effect: 'great' }, 'effect'],
  ['evaluation', () => `/api/cases/${caseId}/actions/${completedActionId}/evaluation`, without(VALID.evaluation, 'note'), 'note'],
  ['absences', () => `/api/cases/${caseId}/absences`, { ...VALID.absence, from: '2025-01-01', grade: 10 }, 'grade'],
  ['absences', () => `/api/cases/${caseId}/absences`, { ...VALID.absence, from: '2025-01-01', grade: 55.5 }, 'grade'],
  ['absences', () => `/api/cases/${caseId}/absences`, { from: '2025-01-01', to: '2025-01-05', grade: 100, kind: 'self_certified' }, 'to'],
  ['absences', () => `/api/cases/${caseId}/absences`, { from: '2025-01-10', to: '2025-01-05', grade: 100, kind: 'sick_note' }, 'to'],
  ['absences', () => `/api/cases/${caseId}/absences`, { ...VALID.absence, from: '2025-01-01', kind: 'vacation' }, 'kind'],
  ['absence end', () => `/api/cases/${caseId}/absences/${absenceId}/end`, { to: '2026-02-01' }, 'to'],
  ['absence end', () => `/api/cases/${caseId}/absences/${absenceId}/end`, {}, 'to'],
  ['follow-up plans', () => `/api/cases/${caseId}/follow-up-plans`, { ...VALID.followUpPlan, sharedWithSickNoteWriter: 'yes' }, 'sharedWithSickNoteWriter'],
  ['follow-up plans', () => `/api/cases/${caseId}/follow-up-plans`, without(VALID.followUpPlan, 'summary'), 'summary'],
  ['dialogue meetings', () => `/api/cases/${caseId}/dialogue-meetings`, { ...VALID.dialogueMeeting, number: 4 }, 'number'],
  ['dialogue meetings', () => `/api/cases/${caseId}/dialogue-meetings`, { ...VALID.dialogueMeeting, participants: [] }, 'participants'],
  ['consents', () => `/api/cases/${caseId}/consents`, { ...VALID.consent('employee'), party: 'union' }, 'party'],
  ['consents', () => `/api/cases/${caseId}/consents`, { ...VALID.consent('employee'), scope: 'anything' }, 'scope'],
  ['consents', () => `/api/cases/${caseId}/consents`, { ...VALID.consent('employee'), givenOn: '2999-01-01' }, 'givenOn'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, { ...VALID.expertSupport, hours: 0 }, 'hours'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, { ...VALID.expertSupport, hours: 2.5 }, 'hours'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, { ...VALID.expertSupport, estimatedCost: 100001 }, 'estimatedCost'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, { ...VALID.expertSupport, estimatedCost: -1 }, 'estimatedCost'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, { ...VALID.expertSupport, startDate: '2020-01-01' }, 'startDate'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, withExpert({ competence: ' ' }), 'expert.competence'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, withExpert({ name: undefined }), 'expert.name'],
  ['expert support', () => `/api/cases/${caseId}/expert-support`, without(VALID.expertSupport, 'navContact'), 'navContact'],
  ['nav decisions', () => `/api/cases/${caseId}/nav-decisions`, { ...VALID.navDecision, granted: 'ja' }, 'granted'],
  ['nav decisions', () => `/api/cases/${caseId}/nav-decisions`, { ...VALID.navDecision, decidedOn: '2999-01-01' }, 'decidedOn'],
  ['notes', () => `/api/cases/${caseId}/notes`, { text: '' }, 'text'],
  ['notes', () => `/api/cases/${caseId}/notes`, { text: 'x'.repeat(10_001) }, 'text'],
  ['closure', () => `/api/cases/${caseId}/closure`, {}, 'reason'],
  ['reopening', () => `/api/cases/${caseId}/reopening`, { reason: 'x', extra: true }, 'extra'],
];

describe('invalid bodies', () => {
  it.each(rows)('%s: a 400 naming the field (%#), and the case unchanged', async (_route, path, body, field) => {
    const before = await caseVersion(world, caseId);
    const answer = await world.hr.client.post(path(), typeof body === 'function' ? body() : body);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.body.code).toBe('INVALID_INPUT');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    for (const error of answer.body.errors) expect(error).toEqual({ field: expect.any(String), code: expect.any(String), message: expect.any(String) });
    expect(await caseVersion(world, caseId)).toBe(before);
  });

  it('answers business rules with 409 and their code, appending nothing', async () => {
    const fresh = await openCase(world);
    const before = await caseVersion(world, fresh);
    const consentless = await world.hr.client.post(`/api/cases/${fresh}/expert-support`, VALID.expertSupport);
    expect(consentless.status).toBe(409);
    expect(consentless.body.code).toBe('CONSENT_MISSING');
    const early = await world.hr.client.post(`/api/cases/${fresh}/nav-decisions`, VALID.navDecision);
    expect(early.body.code).toBe('EXPERT_SUPPORT_NOT_REQUESTED');
    const notCompleted = await world.hr.client.post(`/api/cases/${caseId}/actions/${actionId}/evaluation`, VALID.evaluation);
    expect(notCompleted.body.code).toBe('ACTION_NOT_COMPLETED');
    const overlap = await world.hr.client.post(`/api/cases/${caseId}/absences`, { from: '2026-03-05', grade: 100, kind: 'sick_note' });
    expect(overlap.body.code).toBe('ABSENCE_OVERLAP');
    const missing = await world.hr.client.post(`/api/cases/${caseId}/actions/00000000-0000-4000-8000-000000000000/completion`, VALID.completion);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('ACTION_NOT_FOUND');
    expect(await caseVersion(world, fresh)).toBe(before);
  });
});
