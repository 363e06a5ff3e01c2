import type { Locator, Page } from 'playwright-core';
import { openCase } from '../support/case-factory';
import { TEST_PASSWORD } from '../support/users';
import { focusIndicator, screenshot, startBrowserWorld, type BrowserWorld, type Session } from './support/browser-world';

jest.setTimeout(120_000);

/**
 * One journey with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, typing): sign
 * in, open a case from the list, record a risk. Every control reached by Tab must show a
 * visible focus indicator (a computed outline or box-shadow).
 */
describe('console: keyboard only (Chromium)', () => {
  let bw: BrowserWorld;
  let session: Session;
  const withoutFocusRing: string[] = [];

  beforeAll(async () => {
    bw = await startBrowserWorld();
  });
  afterAll(async () => {
    await bw?.close();
  });

  /** Presses Tab until `target` has focus (never clicks), checking each stop's focus ring. */
  async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)) return;
      await page.keyboard.press('Tab');
      const focus = await focusIndicator(page);
      if (focus.element !== 'body' && !focus.visible) withoutFocusRing.push(`${page.url()}: ${focus.element} (outline ${focus.outline}, box-shadow ${focus.boxShadow})`);
    }
    throw new Error(`Tab never reached ${target} in ${max} presses`);
  }

  it('signs in, opens a case and records a risk without a mouse, with focus visible throughout', async () => {
    const caseId = await openCase(bw.world, 'Sak for tastaturbruker');
    session = await bw.session();
    const { page } = session;
    await page.goto('/logg-inn');
    // The app renders the page after it has asked who is signed in: wait for the form.
    await page.getByLabel('E-post').waitFor();

    // The skip link comes first.
    await page.keyboard.press('Tab');
    expect((await focusIndicator(page)).element).toContain('Hopp til hovedinnhold');

    await tabTo(page, page.getByLabel('E-post'));
    await page.keyboard.type(bw.world.hr.email);
    await tabTo(page, page.getByLabel('Passord'));
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Saker' }).waitFor();

    const caseLink = page.getByRole('link', { name: 'Sak for tastaturbruker' });
    await tabTo(page, caseLink);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sak for tastaturbruker' }).waitFor();
    expect(page.url()).toContain(`/saker/${caseId}`);

    await tabTo(page, page.getByRole('navigation', { name: 'Saksfaner' }).getByRole('link', { name: 'Risikoer' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/risikoer$/);

    await tabTo(page, page.getByRole('button', { name: 'Registrer risiko' }));
    await page.keyboard.press('Space');
    const form = page.getByRole('form', { name: 'Registrer risiko' });
    await form.waitFor();

    await tabTo(page, form.getByLabel('Faktor (§ 4-3)'));
    await page.keyboard.type('Arbeidsmengde'); // typing selects the matching option of a focused <select>
    expect(await form.getByLabel('Faktor (§ 4-3)').inputValue()).toBe('workload');
    await tabTo(page, form.getByLabel('Beskrivelse', { exact: true }));
    await page.keyboard.type('Mange kveldsvakter alene');
    await tabTo(page, form.getByRole('radio').first());
    await page.keyboard.press('Space'); // checks the first severity, Lav
    await page.keyboard.press('ArrowDown'); // moves to Middels
    await page.keyboard.press('ArrowDown'); // and to Høy
    expect(await form.getByRole('radio', { name: 'Høy' }).isChecked()).toBe(true);
    await tabTo(page, form.getByLabel('Kilde'));
    await page.keyboard.type('Samtale');
    expect(await form.getByLabel('Kilde').inputValue()).toBe('conversation');
    await tabTo(page, form.getByRole('button', { name: 'Lagre risiko' }));
    await screenshot(page, 'keyboard-risk-form');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });

    // Saved: focus goes back to the button that opened the form, and the risk is recorded.
    await page.getByText('Risikoen er registrert.').waitFor();
    expect((await focusIndicator(page)).element).toContain('Registrer risiko');
    const state = await bw.world.hr.client.get(`/api/cases/${caseId}`);
    expect(state.body.risks).toEqual([expect.objectContaining({ factor: 'workload', severity: 'high', source: 'conversation', description: 'Mange kveldsvakter alene' })]);

    expect(withoutFocusRing).toEqual([]);
  });
});
