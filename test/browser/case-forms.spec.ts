import type { Page, Response } from 'playwright-core';
import { openCase, VALID } from '../support/case-factory';
import { osloDate, screenshot, startBrowserWorld, type BrowserWorld } from './support/browser-world';

jest.setTimeout(120_000);

/**
 * What a user sees when the server refuses a form: the server's field errors in Norwegian
 * beside the field (nothing recorded), and a case changed by someone else meanwhile (412),
 * with what they typed kept. Also what another leader sees of a case that is not theirs.
 */
describe('console: refused forms and concurrent changes (Chromium)', () => {
  let bw: BrowserWorld;

  beforeAll(async () => {
    bw = await startBrowserWorld();
  });
  afterAll(async () => {
    await bw?.close();
  });

  /** The text of the element(s) the field names in aria-describedby. */
  async function descriptionOf(page: Page, label: string): Promise<string> {
    const field = page.getByLabel(label, { exact: true });
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText().catch(() => '')));
    return texts.join(' | ');
  }

  function answerTo(page: Page, path: RegExp): Promise<Response> {
    return page.waitForResponse((r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname));
  }

  it('an absence grade of 10 is refused by the server and explained beside the field; nothing is recorded', async () => {
    const caseId = await openCase(bw.world, 'Sak med feil i fraværsskjemaet');
    const { page } = await bw.session(bw.world.hr);
    await page.goto(`/saker/${caseId}/fravaer`);
    await page.getByRole('button', { name: 'Registrer fravær' }).click();
    const form = page.getByRole('form', { name: 'Registrer fravær' });
    await form.getByRole('radio', { name: 'Sykmelding' }).check();
    await form.getByLabel('Fra og med').fill(osloDate(-3));
    await form.getByLabel('Sykmeldingsgrad (%)').fill('10');
    const answer = answerTo(page, /\/absences$/);
    await form.getByRole('button', { name: 'Lagre fravær' }).click();
    expect((await answer).status()).toBe(400); // the server refused it, not a check in the page

    await form.getByText('Skjemaet har feil').waitFor();
    const grade = form.getByLabel('Sykmeldingsgrad (%)');
    expect(await grade.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(page, 'Sykmeldingsgrad (%)')).toContain('Er utenfor det tillatte området');
    // The summary links to the field.
    await form.getByRole('link', { name: /Sykmeldingsgrad \(%\): Er utenfor det tillatte området/ }).waitFor();
    expect(await grade.inputValue()).toBe('10');
    await screenshot(page, 'form-field-error');

    const state = await bw.world.hr.client.get(`/api/cases/${caseId}`);
    expect(state.body.absences).toEqual([]);
    expect(state.body.version).toBe(1);
  });

  it('a completion date in the future is refused by the server and explained beside the field', async () => {
    const caseId = await openCase(bw.world, 'Sak med tiltak som ikke er fullført ennå');
    const action = await bw.world.hr.client.post(`/api/cases/${caseId}/actions`, VALID.action(bw.world.leader.id));
    expect(action.status).toBe(201);
    const { page } = await bw.session(bw.world.leader);
    await page.goto(`/saker/${caseId}/tiltak`);
    await page.getByRole('button', { name: 'Marker som fullført' }).click();
    const form = page.getByRole('form', { name: 'Marker tiltaket som fullført' });
    await form.getByLabel('Fullført dato').fill(osloDate(5));
    await form.getByLabel('Resultat').fill('Gjort');
    const answer = answerTo(page, /\/completion$/);
    await form.getByRole('button', { name: 'Lagre fullføring' }).click();
    expect((await answer).status()).toBe(400);
    await form.getByText('Skjemaet har feil').waitFor();
    expect(await descriptionOf(page, 'Fullført dato')).toContain('Kan ikke være frem i tid');

    const state = await bw.world.hr.client.get(`/api/cases/${caseId}`);
    expect(state.body.actions[0].completion).toBeUndefined();
  });

  it('a case changed in another page: the form says so, keeps the typed text, and saves after reloading', async () => {
    const caseId = await openCase(bw.world, 'Sak som endres i to faner');
    const session = await bw.session(bw.world.hr);
    const first = session.page;
    const second = await session.newPage();
    for (const page of [first, second]) {
      await page.goto(`/saker/${caseId}/tidslinje`);
      await page.getByRole('heading', { level: 1, name: 'Sak som endres i to faner' }).waitFor();
    }

    // The first page starts a note...
    await first.getByRole('button', { name: 'Skriv notat' }).click();
    const typed = 'Samtale med Kari om vaktplanen, hun ønsker faste dager';
    await first.getByLabel('Notat', { exact: true }).fill(typed);

    // ...the second records a note meanwhile...
    await second.getByRole('button', { name: 'Skriv notat' }).click();
    await second.getByLabel('Notat', { exact: true }).fill('Tillitsvalgt er orientert');
    await second.getByRole('button', { name: 'Lagre notat' }).click();
    await second.getByText('Notatet er lagret.').waitFor();

    // ...and the first one's save is refused as stale.
    const answer = answerTo(first, /\/notes$/);
    await first.getByRole('button', { name: 'Lagre notat' }).click();
    expect((await answer).status()).toBe(412);
    const alert = first.getByRole('alert').filter({ hasText: 'Saken er endret av en annen – last inn på nytt' });
    await alert.waitFor();
    expect(await first.getByLabel('Notat', { exact: true }).inputValue()).toBe(typed);
    await screenshot(first, 'form-stale-version');
    let state = await bw.world.hr.client.get(`/api/cases/${caseId}`);
    expect(state.body.notes.map((n: { text: string }) => n.text)).toEqual(['Tillitsvalgt er orientert']);

    await alert.getByRole('button', { name: 'Last inn på nytt' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await first.getByLabel('Notat', { exact: true }).inputValue()).toBe(typed);
    await first.getByRole('button', { name: 'Lagre notat' }).click();
    await first.getByText('Notatet er lagret.').waitFor();
    state = await bw.world.hr.client.get(`/api/cases/${caseId}`);
    expect(state.body.notes.map((n: { text: string }) => n.text)).toEqual(['Tillitsvalgt er orientert', typed]);
  });
});
