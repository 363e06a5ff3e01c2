import { HttpClient } from '../support/http-client';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ PROJECTIONS: 'off' });
});

afterAll(() => app.close());

/** The routes of design.md that the cases issue covers: each must be documented. */
const ROUTES: [method: string, path: string][] = [
  ['post', '/api/auth/login'],
  ['post', '/api/auth/logout'],
  ['get', '/api/auth/me'],
  ['post', '/api/users'],
  ['get', '/api/users'],
  ['put', '/api/organisation'],
  ['get', '/api/organisation'],
  ['post', '/api/units'],
  ['get', '/api/units'],
  ['post', '/api/employees'],
  ['get', '/api/employees/{id}'],
  ['post', '/api/employees/{id}/erasure'],
  ['post', '/api/cases'],
  ['get', '/api/cases/{id}'],
  ['post', '/api/cases/{id}/risks'],
  ['post', '/api/cases/{id}/actions'],
  ['post', '/api/cases/{id}/actions/{actionId}/completion'],
  ['post', '/api/cases/{id}/actions/{actionId}/evaluation'],
  ['post', '/api/cases/{id}/absences'],
  ['post', '/api/cases/{id}/absences/{absenceId}/end'],
  ['post', '/api/cases/{id}/follow-up-plans'],
  ['post', '/api/cases/{id}/dialogue-meetings'],
  ['post', '/api/cases/{id}/consents'],
  ['post', '/api/cases/{id}/expert-support'],
  ['post', '/api/cases/{id}/nav-decisions'],
  ['post', '/api/cases/{id}/notes'],
  ['post', '/api/cases/{id}/closure'],
  ['post', '/api/cases/{id}/reopening'],
  ['get', '/api/cases/{id}/verification'],
  ['get', '/api/cases/{id}/access-log'],
  ['get', '/api/health'],
];

describe('OpenAPI', () => {
  it.each(ROUTES)('documents %s %s with its answers and problems', async (method, path) => {
    const { body: doc } = await new HttpClient(app.app).get('/api/openapi.json');
    const operation = doc.paths[path]?.[method];
    expect(operation).toBeDefined();
    expect(operation.summary ?? operation.description ?? '').not.toBe('');
    const statuses = Object.keys(operation.responses);
    expect(statuses.some((s) => s.startsWith('2'))).toBe(true);
    if (method !== 'get' || path.includes('{id}')) {
      const problems = statuses.filter((s) => /^[45]/.test(s));
      if (path !== '/api/health') expect(problems.length).toBeGreaterThan(0);
      for (const status of problems) {
        expect(operation.responses[status].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/ProblemDetails');
      }
    }
    if (method === 'post' && !path.endsWith('/logout')) expect(operation.requestBody?.content?.['application/json']?.schema).toBeDefined();
  });

  it('describes request bodies field by field, with the § 4-3 codes', async () => {
    const { body: doc } = await new HttpClient(app.app).get('/api/openapi.json');
    const risk = doc.components.schemas.IdentifyRiskDto;
    expect(risk.required).toEqual(expect.arrayContaining(['factor', 'description', 'severity', 'source']));
    expect(risk.properties.factor.enum).toEqual(expect.arrayContaining(['unclear_demands', 'emotional_demands', 'workload', 'support', 'other']));
    expect(doc.components.schemas.RequestExpertSupportDto.properties.expert).toBeDefined();
    expect(doc.components.schemas.ProblemDetails.required).toEqual(expect.arrayContaining(['code', 'status']));
  });

  it('serves Swagger UI at /api/docs', async () => {
    const page = await app.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});
