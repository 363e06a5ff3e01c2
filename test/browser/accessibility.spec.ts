import type { Page } from 'playwright-core';
import { openCase, VALID } from '../support/case-factory';
import { describeViolations, seriousViolations } from './support/axe';
import { osloDate, screenshot, startBrowserWorld, type BrowserWorld } from './support/browser-world';

jest.setTimeout(240_000);

/**
 * axe-core (WCAG 2.x A/AA and best practices) on every page of the console, with a case that
 * has something on every tab, a form open and a form with errors; no serious or critical
 * violation anywhere. The findings of all pages are listed together. Screenshots of each.
 */
describe('console: accessibility of every page (axe-core, Chromium)', () => {
  let bw: BrowserWorld;
  let caseId = '';
  const findings: string[] = [];
  const scanned: string[] = [];

  beforeAll(async () => {
    bw = await startBrowserWorld();
    const { world } = bw;
    caseId = await openCase(world, 'Sak med noe på hver fane');
    const post = async (path: string, body: unknown, client = world.hr.client) => {
      const answer = await client.post(`/api/cases/${caseId}/${path}`, body);
      if (answer.status !== 201) throw new Error(`${path}: ${JSON.stringify(answer.body)}`);
      return answer.body.id as string;
    };
    const riskId = await post('risks', VALID.risk);
    await post('absences', { from: osloDate(-60), grade: 100, kind: 'sick_note' });
    const actionId = await post('actions', { ...VALID.action(world.leader.id, [riskId]), dueDate: osloDate(10) });
    await post(`actions/${actionId}/completion`, { completedOn: osloDate(-1), outcome: 'Saksmengden er redusert' });
    await post(`actions/${actionId}/evaluation`, VALID.evaluation);
    await post('follow-up-plans', { ...VALID.followUpPlan, madeOn: osloDate(-40) });
    await post('consents', { ...VALID.consent('employee'), givenOn: osloDate(-2) });
    await post('consents', { ...VALID.consent('employer'), givenOn: osloDate(-2) });
    await post('expert-support', { ...VALID.expertSupport, startDate: osloDate(20) });
    await post('notes', VALID.note);
  });
  afterAll(async () => {
    await bw?.close();
  });

  async function scan(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
    await ready();
    // Let lazy chunks, queries and transitions settle before judging the page.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.locator('[aria-label^="Henter"], [aria-label="Laster inn"]').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
    // Dialogs and alerts fade in: judge colours once the animations are over.
    // (A function, not a string: a string would be eval'ed in the page, which its CSP forbids.)
    await page.waitForTimeout(50);
    await page
      .waitForFunction(() => (globalThis as unknown as { document: { getAnimations(): Array<{ playState: string }> } }).document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 })
      .catch(() => undefined);
    const violations = await seriousViolations(page);
    scanned.push(name);
    if (violations.length) findings.push(describeViolations(`${name} (${new URL(page.url()).pathname})`, violations));
    await screenshot(page, `a11y-${name}`);
  }

  const h1 = (page: Page, name?: string) => () => page.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).first().waitFor();

  it('the login page', async () => {
    const s = await bw.session();
    await s.page.goto('/logg-inn');
    await scan(s.page, 'login', h1(s.page, 'Logg inn'));
    // and with its errors showing
    await s.page.getByRole('button', { name: 'Logg inn' }).click();
    await scan(s.page, 'login-errors', () => s.page.getByText('Fyll ut e-post').waitFor());
  });

  it('HR: case list, new case, every case tab with a form open, deadlines, risk register', async () => {
    const s = await bw.session(bw.world.hr);
    const { page } = s;
    await page.goto('/saker');
    await scan(page, 'case-list', () => page.getByRole('link', { name: 'Sak med noe på hver fane' }).waitFor());
    await page.goto('/saker/ny');
    await scan(page, 'new-case', h1(page, 'Ny sak'));
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await scan(page, 'new-case-errors', () => page.getByText('Skjemaet har feil').waitFor());
    await page.getByRole('button', { name: 'Registrer ny ansatt' }).click();
    await scan(page, 'new-case-register-employee', () => page.getByRole('dialog').waitFor());
    await page.keyboard.press('Escape');

    const tabs: Array<[string, string, string | null]> = [
      ['tidslinje', 'case-timeline', 'Skriv notat'],
      ['risikoer', 'case-risks', 'Registrer risiko'],
      ['tiltak', 'case-actions', 'Avtal tiltak'],
      ['fravaer', 'case-absence', 'Registrer fravær'],
      ['nav', 'case-nav', 'Send forespørsel om ekspertbistand'],
      ['dokumentasjon', 'case-documentation', null],
    ];
    for (const [path, name, openButton] of tabs) {
      await page.goto(`/saker/${caseId}/${path}`);
      await scan(page, name, () => page.getByRole('heading', { level: 2 }).first().waitFor());
      if (openButton) {
        await page.getByRole('button', { name: openButton }).click();
        await scan(page, `${name}-form`, () => page.getByRole('form').first().waitFor());
      }
    }
    await page.goto('/frister');
    await scan(page, 'deadlines', h1(page, 'Frister'));
    await page.goto('/risikoregister');
    await scan(page, 'risk-register', h1(page, 'Risikoregister'));
    await page.goto(`/saker/00000000-0000-4000-8000-000000000000`);
    await scan(page, 'case-not-found', h1(page, 'Fant ikke saken'));
    await page.goto('/finnes/ikke');
    await scan(page, 'page-not-found', h1(page));
  });

  it('leader: their cases and the case page', async () => {
    const s = await bw.session(bw.world.leader);
    await s.page.goto('/saker');
    await scan(s.page, 'my-cases-leader', () => s.page.getByRole('link', { name: 'Sak med noe på hver fane' }).waitFor());
    await s.page.goto(`/saker/${caseId}/tiltak`);
    await scan(s.page, 'case-actions-leader', () => s.page.getByRole('button', { name: 'Avtal tiltak' }).waitFor());
    await s.page.goto('/admin/brukere');
    await scan(s.page, 'forbidden', h1(s.page, 'Ingen tilgang'));
  });

  it('safety representative: the risk register', async () => {
    const s = await bw.session(bw.world.safetyRep);
    await s.page.goto('/risikoregister');
    await scan(s.page, 'risk-register-safety-rep', h1(s.page, 'Risikoregister'));
  });

  it('admin: users, units, organisation, employees and the erasure dialog', async () => {
    const s = await bw.session(bw.world.admin);
    for (const [path, name, heading] of [
      ['/admin/brukere', 'admin-users', 'Brukere'],
      ['/admin/enheter', 'admin-units', 'Enheter'],
      ['/admin/virksomhet', 'admin-organisation', 'Virksomhet'],
      ['/admin/ansatte', 'admin-employees', 'Ansatte'],
    ]) {
      await s.page.goto(path);
      await scan(s.page, name, h1(s.page, heading));
    }
    await s.page.getByRole('button', { name: /Slett personopplysninger/ }).first().click();
    await scan(s.page, 'admin-employee-erasure-dialog', () => s.page.getByRole('dialog').waitFor());
  });

  it('has no serious or critical violation on any of those pages', () => {
    expect(scanned.length).toBeGreaterThanOrEqual(25);
    if (findings.length) throw new Error(findings.join('\n\n'));
  });
});
