import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { osloDate, screenshot, signInThroughUi, startBrowserWorld, type BrowserWorld, type Session } from './support/browser-world';

jest.setTimeout(180_000);

/**
 * A case from start to NAV application, as the people doing it see it: HR opens it and
 * records a risk, a long absence and both consents; the case's leader agrees a measure,
 * completes and evaluates it; HR sees it on the timeline, fills the expert-support request,
 * sees NAV's checklist complete and downloads the PDF; another leader cannot see the case.
 * Steps run in order and share the case.
 */
describe('console: a case from opening to the NAV application (Chromium)', () => {
  let bw: BrowserWorld;
  let hr: Session;
  let leader: Session;
  let caseId = '';
  const title = 'Belastning etter omorganisering i hjemmetjenesten';
  const measure = 'Faste avlastningsvakter to dager i uka';

  beforeAll(async () => {
    bw = await startBrowserWorld();
  });
  afterAll(async () => {
    await bw?.close();
  });

  const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Saksfaner' }).getByRole('link', { name, exact: true });
  const openTab = async (page: Page, name: keyof typeof TABS) => {
    await tab(page, name).click();
    await page.waitForURL(new RegExp(`/${TABS[name]}$`));
    await page.getByRole('heading', { level: 2 }).first().waitFor();
  };
  const form = (page: Page, name: string) => page.getByRole('form', { name });

  it('HR signs in and opens a case choosing the employee and the leader', async () => {
    hr = await bw.session();
    const { page } = hr;
    await page.goto('/logg-inn');
    await signInThroughUi(page, bw.world.hr);
    await page.getByRole('heading', { level: 1, name: 'Saker' }).waitFor();

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ny sak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny sak' }).waitFor();
    await page.getByLabel('Ansatt', { exact: true }).selectOption({ label: await optionLabel(page, 'Ansatt', 'Kari Nordmann') });
    await page.getByLabel('Nærmeste leder').selectOption({ label: await optionLabel(page, 'Nærmeste leder', 'Lars Øvrebø') });
    await page.getByLabel('Sakstype').selectOption({ label: 'Psykososialt arbeidsmiljø og sykefravær' });
    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Sammendrag (valgfritt)').fill('Kari tok kontakt etter pulsmålingen i oktober.');
    await screenshot(page, 'new-case');
    await page.getByRole('button', { name: 'Opprett sak' }).click();

    await page.waitForURL(/\/saker\/[0-9a-f-]{36}/);
    caseId = /\/saker\/([0-9a-f-]{36})/.exec(page.url())![1];
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const facts = page.locator('dl.case-facts');
    await facts.getByText('Kari Nordmann').waitFor();
    await facts.getByText('Lars Øvrebø').waitFor();
  });

  it('HR records a risk', async () => {
    const { page } = hr;
    await openTab(page, 'Risikoer');
    await page.getByRole('button', { name: 'Registrer risiko' }).click();
    const risk = form(page, 'Registrer risiko');
    await risk.getByLabel('Faktor (§ 4-3)').selectOption({ label: 'Arbeidsmengde og tidspress' });
    await risk.getByLabel('Beskrivelse', { exact: true }).fill('For mange brukere per vakt etter omorganiseringen');
    await risk.getByRole('radio', { name: 'Høy' }).check();
    await risk.getByLabel('Kilde').selectOption({ label: 'Samtale' });
    await risk.getByRole('button', { name: 'Lagre risiko' }).click();
    await page.getByText('For mange brukere per vakt etter omorganiseringen').first().waitFor();
    await screenshot(page, 'case-risks');
  });

  it('HR records an absence that began 60 days ago', async () => {
    const { page } = hr;
    await openTab(page, 'Fravær og frister');
    await page.getByRole('button', { name: 'Registrer fravær' }).click();
    const absence = form(page, 'Registrer fravær');
    await absence.getByLabel('Fra og med').fill(osloDate(-60));
    await absence.getByLabel('Sykmeldingsgrad (%)').fill('100');
    await absence.getByRole('radio', { name: 'Sykmelding' }).check();
    await absence.getByRole('button', { name: 'Lagre fravær' }).click();
    await form(page, 'Registrer fravær').waitFor({ state: 'detached' });
    // The statutory deadlines follow from it: the follow-up plan (day 28) is overdue by now.
    await page.getByText(/oppfølgingsplan/i).first().waitFor();
    await page.locator('dl.case-facts').getByText(/100 % sykmelding/).waitFor();
    await screenshot(page, 'case-absence');
  });

  it('HR records the consents of the employee and the employer', async () => {
    const { page } = hr;
    await openTab(page, 'NAV-søknad');
    for (const party of ['Arbeidstaker', 'Arbeidsgiver']) {
      await page.getByRole('button', { name: 'Registrer samtykke' }).click();
      const consent = form(page, 'Registrer samtykke til søknad om ekspertbistand');
      await consent.getByRole('radio', { name: party }).check();
      await consent.getByLabel('Gitt dato').fill(osloDate(0));
      await consent.getByRole('button', { name: 'Lagre samtykke' }).click();
      await consent.waitFor({ state: 'detached' });
    }
    const consents = await bw.world.hr.client.get(`/api/cases/${caseId}`);
    expect(consents.body.consents.map((c: { party: string }) => c.party).sort()).toEqual(['employee', 'employer']);
  });

  it('the leader finds the case under "Mine saker" and agrees a measure', async () => {
    leader = await bw.session(bw.world.leader);
    const { page } = leader;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Mine saker' }).waitFor();
    await screenshot(page, 'my-cases-leader');
    await page.getByRole('table', { name: 'Mine saker' }).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await openTab(page, 'Tiltak');
    await page.getByRole('button', { name: 'Avtal tiltak' }).click();
    const action = form(page, 'Avtal tiltak');
    await action.getByLabel('Tiltak', { exact: true }).fill(measure);
    await action.getByLabel('Beskrivelse (valgfritt)').fill('Kollega fra bemanningssenteret tar tre brukere');
    await action.getByLabel('Ansvarlig').selectOption({ label: await optionLabel(page, 'Ansvarlig', 'Lars Øvrebø') });
    await action.getByLabel('Frist').fill(osloDate(14));
    const participants = action.getByRole('group', { name: 'Deltakere' });
    await participants.getByRole('checkbox', { name: 'Arbeidstaker' }).check();
    await participants.getByRole('checkbox', { name: 'Nærmeste leder' }).check();
    await participants.getByRole('checkbox', { name: 'Verneombud' }).check();
    const risks = action.getByRole('group', { name: 'Risikoer tiltaket svarer på' });
    await risks.getByRole('checkbox').first().check();
    await action.getByRole('button', { name: 'Lagre tiltak' }).click();
    await action.waitFor({ state: 'detached' });
    await page.getByText(measure).first().waitFor();
    await screenshot(page, 'case-actions-leader');
  });

  it('the leader marks the measure completed and evaluates its effect', async () => {
    const { page } = leader;
    await page.getByRole('button', { name: 'Marker som fullført' }).click();
    const completion = form(page, 'Marker tiltaket som fullført');
    await completion.getByLabel('Fullført dato').fill(osloDate(0));
    await completion.getByLabel('Resultat').fill('Avlastningsvaktene er satt opp fra uke 2');
    await completion.getByRole('button', { name: 'Lagre fullføring' }).click();
    await completion.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Evaluer effekt' }).click();
    const evaluation = form(page, 'Evaluer effekten av tiltaket');
    await evaluation.getByRole('radio', { name: 'Virket', exact: true }).check();
    await evaluation.getByLabel('Vurdering').fill('Kari opplever mindre tidspress');
    await evaluation.getByRole('button', { name: 'Lagre evaluering' }).click();
    await evaluation.waitFor({ state: 'detached' });
    await page.getByText('Kari opplever mindre tidspress').first().waitFor();

    const state = await bw.world.hr.client.get(`/api/cases/${caseId}`);
    const [agreed] = state.body.actions;
    expect(agreed).toMatchObject({ title: measure, responsibleId: bw.world.leader.id, dueDate: osloDate(14) });
    expect([...agreed.participants].sort()).toEqual(['employee', 'leader', 'safety_rep']);
    expect(agreed.completion).toMatchObject({ completedOn: osloDate(0) });
    expect(agreed.evaluations).toEqual([expect.objectContaining({ effect: 'effective' })]);
  });

  it("the leader sees the case's integrity but no export downloads, which are HR's", async () => {
    const { page } = leader;
    await page.getByRole('link', { name: 'Dokumentasjon', exact: true }).click();
    await page.getByText('Hendelseskjeden er intakt.').waitFor();
    await page.getByText('Dokumentasjonen til NAV (PDF og JSON) lastes ned av HR.').waitFor();
    expect(await page.getByRole('link', { name: 'Last ned PDF' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Last ned JSON' }).count()).toBe(0);
  });

  it('HR sees the measure on the timeline', async () => {
    const { page } = hr;
    await page.goto(`/saker/${caseId}/tidslinje`);
    const timeline = page.locator('ol.timeline');
    await timeline.getByText(measure).first().waitFor();
    await timeline.getByText(/ble gjennomført/).waitFor();
    await timeline.getByText(/evaluerte/).waitFor();
    await screenshot(page, 'case-timeline');
  });

  it('HR fills the expert-support request and the NAV checklist turns complete', async () => {
    const { page } = hr;
    await openTab(page, 'NAV-søknad');
    await page.getByRole('button', { name: 'Send forespørsel om ekspertbistand' }).click();
    const request = form(page, 'Forespørsel om ekspertbistand');
    await request.getByRole('textbox', { name: 'Ekspertens navn', exact: true }).fill('Ingrid Berg');
    await request.getByRole('textbox', { name: 'Ekspertens virksomhet', exact: true }).fill('Arbeidshelse Vest AS');
    await request.getByRole('textbox', { name: 'Kompetanse eller autorisasjon', exact: true }).fill('Psykolog, autorisasjon HPR 1234567');
    await request.getByRole('textbox', { name: 'Begrunnelse', exact: true }).fill('Helsefagarbeider i turnus; kveldsvakter alene er vanskelige');
    await request.getByRole('textbox', { name: 'Behov for bistand', exact: true }).fill('Kartlegging av arbeidssituasjonen og råd om tilrettelegging');
    await request.getByRole('textbox', { name: 'Tilrettelegging som er prøvd', exact: true }).fill('Faste avlastningsvakter og samtaler med leder');
    await request.getByRole('textbox', { name: 'Antall timer', exact: true }).fill('10');
    await request.getByRole('textbox', { name: 'Estimert kostnad (kr)', exact: true }).fill('15000');
    await request.getByLabel('Startdato').fill(osloDate(21));
    await request.getByRole('textbox', { name: 'Kontaktperson i NAV', exact: true }).fill('Nina Veileder, NAV Arbeidslivssenter');
    await request.getByRole('button', { name: 'Lagre forespørsel' }).click();
    await request.waitFor({ state: 'detached' });

    // Every one of NAV's conditions is met and no field is missing.
    await page.getByText('Alle feltene i søknaden er fylt ut.').waitFor();
    const checklist = page.locator('ul.checklist > li');
    await page.waitForFunction(() => {
      const items = [...(globalThis as any).document.querySelectorAll('ul.checklist > li')];
      return items.length === 6 && items.every((li: any) => li.textContent.startsWith('Oppfylt'));
    });
    expect(await checklist.count()).toBe(6);
    expect(await page.getByText('Ikke oppfylt').count()).toBe(0);
    expect(await page.getByText('Advarsel').count()).toBe(0);
    const nav = await bw.world.hr.client.get(`/api/cases/${caseId}/nav-application`);
    expect(nav.body.missing).toEqual([]);
    expect(nav.body.eligibility.every((rule: { met: boolean }) => rule.met)).toBe(true);
    await screenshot(page, 'case-nav-application');
  });

  it('HR downloads the documentation as a PDF', async () => {
    const { page } = hr;
    await openTab(page, 'Dokumentasjon');
    await page.getByText('Hendelseskjeden er intakt').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned PDF' }).click()]);
    const path = await download.path();
    const bytes = require('node:fs').readFileSync(path) as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await screenshot(page, 'case-documentation');
    await expectAccessible(page, 'the documentation tab');
  });

  it('another leader does not have the case in their list, and its address shows not found', async () => {
    const other = await bw.session(bw.world.otherLeader);
    const { page } = other;
    await page.goto('/saker');
    await page.getByRole('heading', { level: 1, name: 'Mine saker' }).waitFor();
    await page.getByText(/Ingen saker|Viser/).first().waitFor();
    expect(await page.getByText(title).count()).toBe(0);

    await page.goto(`/saker/${caseId}/tidslinje`);
    await page.getByRole('heading', { level: 1, name: 'Fant ikke saken' }).waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    expect(await page.getByText('Kari Nordmann').count()).toBe(0);
    expect(await page.getByText(measure).count()).toBe(0);
    await screenshot(page, 'case-not-found-other-leader');
  });
});

const TABS = {
  Tidslinje: 'tidslinje',
  Risikoer: 'risikoer',
  Tiltak: 'tiltak',
  'Fravær og frister': 'fravaer',
  'NAV-søknad': 'nav',
  Dokumentasjon: 'dokumentasjon',
} as const;

/** The label of the option in the select labelled `label` that contains `text`. */
async function optionLabel(page: Page, label: string, text: string): Promise<string> {
  const select = page.getByLabel(label, { exact: true });
  // The options arrive from the API after the page renders.
  await select.locator('option', { hasText: text }).first().waitFor({ state: 'attached' }).catch(() => undefined);
  const options = await select.locator('option').allInnerTexts();
  const found = options.find((o) => o.includes(text));
  if (!found) throw new Error(`no option with "${text}" in "${label}": ${options.join(' | ')}`);
  return found.trim();
}
