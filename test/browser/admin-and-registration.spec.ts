import { startBrowserWorld, type BrowserWorld } from './support/browser-world';

jest.setTimeout(120_000);

/**
 * The administration done in the console, checked against the API afterwards: units, users and
 * their roles, the organisation's name and number (with the server's field error in Norwegian),
 * and HR registering a new employee from "Ny sak" and opening a case about them.
 */
describe('console: administration and registering an employee (Chromium)', () => {
  let bw: BrowserWorld;
  const suffix = Math.random().toString(36).slice(2, 7);

  beforeAll(async () => {
    bw = await startBrowserWorld();
  });
  afterAll(async () => {
    await bw?.close();
  });

  it('admin adds a unit, creates a leader and makes them HR', async () => {
    const { page } = await bw.session(bw.world.admin);
    await page.goto('/admin/enheter');
    await page.getByLabel('Navn på enhet').fill(`Kjøkkenet ${suffix}`);
    await page.getByRole('button', { name: 'Legg til enhet' }).click();
    await page.getByText(`Kjøkkenet ${suffix}`).first().waitFor();

    await page.goto('/admin/brukere');
    await page.getByLabel('Navn', { exact: true }).fill(`Åse Leder ${suffix}`);
    await page.getByLabel('E-post').fill(`ase-${suffix}@test.no`);
    await page.getByLabel('Rolle').selectOption({ label: 'Leder' });
    await page.getByLabel('Passord').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByRole('button', { name: `Endre Åse Leder ${suffix}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Rolle').selectOption({ label: 'HR' });
    await dialog.getByRole('button', { name: 'Lagre endringer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const units = (await bw.world.admin.client.get('/api/units')).body;
    expect(units.map((u: { name: string }) => u.name)).toContain(`Kjøkkenet ${suffix}`);
    const users = (await bw.world.admin.client.get('/api/users')).body;
    expect(users.find((u: { email: string }) => u.email === `ase-${suffix}@test.no`)).toMatchObject({ name: `Åse Leder ${suffix}`, role: 'hr' });
  });

  it("admin cannot change their own role: the server's refusal shows beside the field", async () => {
    const { page } = await bw.session(bw.world.admin);
    await page.goto('/admin/brukere');
    await page.getByRole('button', { name: `Endre ${bw.world.admin.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Rolle').selectOption({ label: 'Leder' });
    await dialog.getByRole('button', { name: 'Lagre endringer' }).click();
    await dialog.getByText('Du kan ikke endre din egen rolle').first().waitFor();
    expect((await bw.world.admin.client.get('/api/auth/me')).body.user.role).toBe('admin');
  });

  it("admin sets the organisation's name and number; a wrong number is explained in Norwegian and not saved", async () => {
    const { page } = await bw.session(bw.world.admin);
    await page.goto('/admin/virksomhet');
    await page.getByLabel('Navn', { exact: true }).fill('Fjordvik kommune, helse');
    await page.getByLabel('Organisasjonsnummer').fill('974760674');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByText('Er ikke et gyldig organisasjonsnummer').first().waitFor();
    expect((await bw.world.admin.client.get('/api/organisation')).body.name).toBe('Fjordvik kommune');

    await page.getByLabel('Organisasjonsnummer').fill('923609016');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/organisation'));
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    expect((await saved).ok()).toBe(true);
    expect((await bw.world.admin.client.get('/api/organisation')).body).toMatchObject({ name: 'Fjordvik kommune, helse', orgNumber: '923609016' });
  });

  it('HR registers a new employee from "Ny sak" and opens a case about them', async () => {
    const { page } = await bw.session(bw.world.hr);
    await page.goto('/saker/ny');
    await page.getByRole('button', { name: 'Registrer ny ansatt' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Navn', { exact: true }).fill(`Bjørn Nyansatt ${suffix}`);
    await dialog.getByLabel('Enhet').selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Registrer ansatt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The new employee is chosen in the form.
    await page.getByLabel('Ansatt', { exact: true }).locator('option:checked', { hasText: `Bjørn Nyansatt ${suffix}` }).waitFor({ state: 'attached' });
    await page.getByLabel('Nærmeste leder').selectOption({ label: bw.world.leader.name });
    await page.getByLabel('Sakstype').selectOption({ label: 'Sykefraværsoppfølging' });
    await page.getByLabel('Tittel').fill(`Ny ansatt ${suffix}`);
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await page.getByRole('heading', { level: 1, name: `Ny ansatt ${suffix}` }).waitFor();

    const caseId = /\/saker\/([0-9a-f-]{36})/.exec(page.url())![1];
    const state = (await bw.world.hr.client.get(`/api/cases/${caseId}`)).body;
    expect(state).toMatchObject({ kind: 'absence', leaderId: bw.world.leader.id, names: { employee: `Bjørn Nyansatt ${suffix}` } });
  });

  it("admin erases an employee's personal data only after typing their name", async () => {
    const name = `Slettes Snart ${suffix}`;
    const registered = await bw.world.hr.client.post('/api/employees', { name, unitId: bw.world.unitId });
    const { page } = await bw.session(bw.world.admin);
    await page.goto('/admin/ansatte');
    await page.getByRole('button', { name: `Slett personopplysninger om ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Begrunnelse').fill('Begjæring om sletting, behandlet');
    await dialog.getByLabel('Skriv navnet på den ansatte for å bekrefte').fill('Feil Navn');
    await dialog.getByRole('button', { name: 'Slett for godt' }).click();
    await dialog.getByText('Navnet stemmer ikke med den ansatte').first().waitFor();
    expect((await bw.world.admin.client.get(`/api/employees/${registered.body.id}`)).body.status).toBe('active');

    await dialog.getByLabel('Skriv navnet på den ansatte for å bekrefte').fill(name);
    await dialog.getByRole('button', { name: 'Slett for godt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await bw.world.admin.client.get(`/api/employees/${registered.body.id}`)).body).toMatchObject({ status: 'erased', name: null });
  });
});
