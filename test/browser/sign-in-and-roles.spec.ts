import { openCase } from '../support/case-factory';
import { screenshot, signInThroughUi, startBrowserWorld, type BrowserWorld } from './support/browser-world';

jest.setTimeout(120_000);

/** Signing in, an expired session, and what each role's menu and pages let it reach. */
describe('console: sign-in, session and roles (Chromium)', () => {
  let bw: BrowserWorld;

  beforeAll(async () => {
    bw = await startBrowserWorld();
  });
  afterAll(async () => {
    await bw?.close();
  });

  it('HR signs in on the login page and lands on the case list', async () => {
    const { page } = await bw.session();
    await page.goto('/');
    await page.waitForURL(/\/logg-inn/);
    await screenshot(page, 'login');
    await signInThroughUi(page, bw.world.hr);
    await page.waitForURL(/\/saker$/);
    await page.getByRole('heading', { level: 1, name: 'Saker' }).waitFor();
    expect(await page.title()).toBe('Saker – Arbeidsmiljøsaker');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ny sak' }).waitFor();
  });

  it('a wrong password shows a Norwegian message and stays on the login page', async () => {
    const { page } = await bw.session();
    await page.goto('/logg-inn');
    await page.getByLabel('E-post').fill(bw.world.hr.email);
    await page.getByLabel('Passord').fill('feil passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/[æøåÆØÅ]|passord|e-post/i);
    expect(page.url()).toMatch(/\/logg-inn/);
  });

  it('empty fields are named beside the field, and nothing is sent', async () => {
    const { page } = await bw.session();
    await page.goto('/logg-inn');
    let logins = 0;
    page.on('request', (r) => r.url().endsWith('/api/auth/login') && logins++);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Fyll ut e-post').waitFor();
    await page.getByText('Fyll ut passord').waitFor();
    expect(logins).toBe(0);
    // The field points at its message, so a screen reader reads it with the field.
    const describedBy = await page.getByLabel('E-post').getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
  });

  it('after the session cookie is gone, navigating leads to login with the page remembered, then back to it', async () => {
    const caseId = await openCase(bw.world, 'Sak for utløpt økt');
    const { page, context } = await bw.session(bw.world.hr);
    const wanted = `/saker/${caseId}/tidslinje`;
    await page.goto(wanted);
    await page.getByRole('heading', { level: 1, name: 'Sak for utløpt økt' }).waitFor();

    await context.clearCookies();
    await page.goto(`/saker/${caseId}/risikoer`);
    await page.waitForURL(/\/logg-inn\?neste=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('neste')!)).toBe(`/saker/${caseId}/risikoer`);
    await signInThroughUi(page, bw.world.hr);
    await page.waitForURL(new RegExp(`/saker/${caseId}/risikoer$`));
    await page.getByRole('heading', { level: 1, name: 'Sak for utløpt økt' }).waitFor();
  });

  it('a download after the session expired leads to login, and no export is recorded', async () => {
    const caseId = await openCase(bw.world, 'Nedlasting etter utløpt økt');
    const version = (await bw.world.hr.client.get(`/api/cases/${caseId}`)).body.version;
    const { page, context } = await bw.session(bw.world.hr);
    await page.goto(`/saker/${caseId}/dokumentasjon`);
    await page.getByText('Hendelseskjeden er intakt').waitFor();

    await context.clearCookies();
    await page.getByRole('link', { name: 'Last ned PDF' }).click();
    await page.waitForURL(/\/logg-inn\?neste=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('neste')!)).toBe(`/saker/${caseId}/dokumentasjon`);
    expect((await bw.world.hr.client.get(`/api/cases/${caseId}`)).body.version).toBe(version);
  });

  it('when the session expires while working, the next click leads to login with that page remembered', async () => {
    const caseId = await openCase(bw.world, 'Sak for økt som utløper');
    const { page, context } = await bw.session(bw.world.hr);
    await page.goto(`/saker/${caseId}/tidslinje`);
    await page.getByRole('heading', { level: 1, name: 'Sak for økt som utløper' }).waitFor();
    await context.clearCookies();
    // A client-side navigation: the app's next API call answers 401.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Frister' }).click();
    await page.waitForURL(/\/logg-inn\?neste=/);
    await page.getByText('Økten din er utløpt').waitFor();
    expect(new URL(page.url()).searchParams.get('neste')).toBe('/frister');
    await signInThroughUi(page, bw.world.hr);
    await page.waitForURL(/\/frister$/);
    await page.getByRole('heading', { level: 1, name: 'Frister' }).waitFor();
  });

  it('a safety representative sees only the risk register', async () => {
    const { page } = await bw.session();
    await page.goto('/logg-inn');
    await signInThroughUi(page, bw.world.safetyRep);
    await page.waitForURL(/\/risikoregister$/);
    await page.getByRole('heading', { level: 1, name: 'Risikoregister' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Risikoregister']);
    await screenshot(page, 'risk-register-safety-rep');

    // Case pages and admin pages are closed to them, whatever the address.
    const caseId = await openCase(bw.world, 'Sak verneombudet ikke skal se');
    for (const path of ['/saker', `/saker/${caseId}`, '/saker/ny', '/frister', '/admin/brukere']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Ingen tilgang' }).waitFor();
      expect(await page.getByText('Sak verneombudet ikke skal se').count()).toBe(0);
    }
  });

  it('admin pages are reachable by an administrator only', async () => {
    const admin = await bw.session(bw.world.admin);
    for (const [path, heading] of [
      ['/admin/brukere', 'Brukere'],
      ['/admin/enheter', 'Enheter'],
      ['/admin/virksomhet', 'Virksomhet'],
    ]) {
      await admin.page.goto(path);
      await admin.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    // The main menu's "Admin" leads there; the admin pages have their own navigation.
    await admin.page.goto('/saker');
    await admin.page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Admin' }).click();
    const adminNav = admin.page.getByRole('navigation', { name: 'Administrasjon' });
    await adminNav.getByRole('link', { name: 'Brukere' }).waitFor();
    expect(await adminNav.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Brukere', 'Enheter', 'Virksomhet']));
    await adminNav.getByRole('link', { name: 'Enheter' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Enheter' }).waitFor();

    for (const user of [bw.world.hr, bw.world.leader]) {
      const { page } = await bw.session(user);
      await page.goto('/saker');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const menu = await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allInnerTexts();
      for (const admin of ['Admin', 'Brukere', 'Enheter', 'Virksomhet']) expect(menu).not.toContain(admin);
      for (const path of ['/admin/brukere', '/admin/enheter', '/admin/virksomhet']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: 'Ingen tilgang' }).waitFor();
      }
    }
  });

  it('signing out ends the session on the server', async () => {
    const { page, context } = await bw.session(bw.world.hr);
    await page.goto('/saker');
    await page.getByRole('heading', { level: 1, name: 'Saker' }).waitFor();
    const cookies = await context.cookies();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/\/logg-inn/);
    // The old cookie, sent again, no longer opens a session.
    await context.addCookies(cookies);
    const me = await context.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
  });
});
