import { addDays, calendarDate } from '@app/case-domain';
import { randomBytes } from 'node:crypto';
import { createApp } from '../app.factory';
import { UsersRepository } from '../auth/users.repository';
import type { Runtime } from '../runtime/runtime';
import { DemoClient } from './demo-client';

const DEMO_DOMAIN = 'demo.saker.local';

/** The people of the demo organisation: one user per role, and a second leader. */
const USERS = [
  { key: 'admin', name: 'Anne Admin', role: 'admin' },
  { key: 'hr', name: 'Hanne Haugland', role: 'hr' },
  { key: 'leader', name: 'Lars Øvrebø', role: 'leader' },
  { key: 'leader2', name: 'Siri Moe', role: 'leader' },
  { key: 'safety', name: 'Vegard Vik', role: 'safety_rep' },
] as const;

/**
 * `npm run seed:demo`: a living organisation to explore. Everything goes through the real
 * API (validation, access checks, events), exactly as a user's clicks would. National ids
 * are left out on purpose: a valid number could belong to a real person.
 */
export async function seedDemo(runtime: Runtime): Promise<number> {
  const users = new UsersRepository(runtime.dataSource);
  if (await users.findForLogin(`hr@${DEMO_DOMAIN}`)) {
    console.log(`The demo data is there already (users @${DEMO_DOMAIN}); nothing was added.`);
    return 0;
  }
  const passwords = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const user of USERS) {
    const password = randomBytes(9).toString('base64url');
    const created = await users.create({ email: `${user.key}@${DEMO_DOMAIN}`, name: user.name, role: user.role, password, phone: '91234567' });
    passwords.set(user.key, password);
    ids.set(user.key, created.id);
  }
  const app = await createApp(runtime);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  try {
    const as = async (key: string) => DemoClient.signIn(app, `${key}@${DEMO_DOMAIN}`, passwords.get(key)!);
    await buildOrganisation(await as('admin'), await as('hr'), await as('leader'), await as('leader2'), ids);
  } finally {
    await app.close();
  }
  console.log('Demo organisation "Fjordvik kommune, helse og omsorg" created. Sign in as:');
  for (const user of USERS) console.log(`  ${user.role.padEnd(10)} ${`${user.key}@${DEMO_DOMAIN}`.padEnd(28)} ${passwords.get(user.key)}   (${user.name})`);
  return 0;
}

async function buildOrganisation(admin: DemoClient, hr: DemoClient, leader: DemoClient, leader2: DemoClient, ids: Map<string, string>) {
  const today = calendarDate(new Date(), 'Europe/Oslo');
  const day = (offset: number) => addDays(today, offset);
  await admin.put('/api/organisation', { name: 'Fjordvik kommune, helse og omsorg', orgNumber: '974760673' });
  const home = await admin.post('/api/units', { name: 'Hjemmetjenesten sone nord' });
  const nursing = await admin.post('/api/units', { name: 'Solbakken sykehjem' });
  const kitchen = await admin.post('/api/units', { name: 'Storkjøkkenet' });
  const employee = (name: string, unitId: string, position: string) => hr.post('/api/employees', { name, unitId, position });
  const kari = await employee('Kari Nordmann', home.id, 'Helsefagarbeider, 80 %');
  const ola = await employee('Ola Hansen', nursing.id, 'Sykepleier, 100 %');
  const aisha = await employee('Aisha Khan', kitchen.id, 'Kokk, 100 %');
  const jonas = await employee('Jonas Berg', home.id, 'Assistent, 60 %');
  const leaderId = ids.get('leader')!;
  const open = (employeeId: string, lead: string, kind: string, title: string, summary: string) =>
    hr.post('/api/cases', { employeeId, leaderId: lead, kind, title, summary });

  // 1. A psychosocial case just begun: risk identified, a measure agreed, not yet carried out.
  const c1 = await open(kari.id, leaderId, 'psychosocial', 'Høyt arbeidspress etter omorganisering', 'Kari tok kontakt etter pulsmålingen i oktober.');
  const r1 = await leader.post(`/api/cases/${c1.id}/risks`, {
    factor: 'workload', severity: 'high', source: 'pulse_survey',
    description: 'For mange brukere per vakt etter at sone nord ble slått sammen med sentrum.',
  });
  await leader.post(`/api/cases/${c1.id}/risks`, {
    factor: 'unclear_demands', severity: 'medium', source: 'conversation',
    description: 'Uklart hvem som prioriterer oppdrag når kollegaer er syke.',
  });
  await leader.post(`/api/cases/${c1.id}/actions`, {
    title: 'Omfordele brukerlisten', description: 'Tre brukere flyttes til kollega; ny vurdering etter fire uker.',
    riskIds: [r1.id], responsibleId: leaderId, dueDate: day(10), participants: ['employee', 'leader', 'safety_rep'],
  });

  // 2. Sick leave with follow-up, both consents and an expert-support request ready for NAV.
  const c2 = await open(ola.id, leaderId, 'combined', 'Sykefravær etter belastende hendelser på avdelingen', 'Gjentatte vanskelige pårørendesamtaler.');
  await hr.post(`/api/cases/${c2.id}/absences`, { from: day(-20), grade: 100, kind: 'sick_note' });
  const r2 = await leader.post(`/api/cases/${c2.id}/risks`, {
    factor: 'emotional_demands', severity: 'high', source: 'conversation',
    description: 'Står ofte alene i krevende pårørendesamtaler uten støtte.',
  });
  const a2 = await leader.post(`/api/cases/${c2.id}/actions`, {
    title: 'Fast kollega med i pårørendesamtaler', riskIds: [r2.id], responsibleId: leaderId,
    dueDate: day(-5), participants: ['employee', 'leader', 'hr'],
  });
  await leader.post(`/api/cases/${c2.id}/actions/${a2.id}/completion`, { completedOn: day(-6), outcome: 'Ordningen er innført på alle vakter.' });
  await leader.post(`/api/cases/${c2.id}/actions/${a2.id}/evaluation`, { effect: 'partly_effective', note: 'Bedre, men fortsatt høy belastning.' });
  await hr.post(`/api/cases/${c2.id}/consents`, { party: 'employee', scope: 'expert_support', givenOn: day(-2) });
  await hr.post(`/api/cases/${c2.id}/consents`, { party: 'employer', scope: 'expert_support', givenOn: day(-2) });
  await hr.post(`/api/cases/${c2.id}/expert-support`, {
    expert: { name: 'Ingrid Berg', company: 'Arbeidshelse Vest AS', competence: 'Psykolog, autorisasjon HPR' },
    reason: 'Sykepleier i full stilling på skjermet enhet; pårørendesamtaler og nattevakter er vanskelige etter hendelsene i høst.',
    need: 'Kartlegging av arbeidssituasjonen og råd om tilrettelegging av vaktene.',
    accommodationTried: 'Fast kollega i pårørendesamtaler, samtaler med leder hver uke, bedriftshelsetjenesten konsultert.',
    hours: 10, estimatedCost: 16000, startDate: day(21), navContact: 'Nina Veileder, NAV Arbeidslivssenter Vestland',
  });

  // 3. Graded sick leave well under way: plan made, first dialogue meeting held, measure worked.
  const c3 = await open(aisha.id, ids.get('leader2')!, 'absence', 'Gradert sykmelding og tilrettelegging i kjøkkenet', 'Belastning i rygg og skuldre; ønsker å stå i jobb.');
  await hr.post(`/api/cases/${c3.id}/absences`, { from: day(-60), grade: 50, kind: 'sick_note' });
  await leader2.post(`/api/cases/${c3.id}/follow-up-plans`, {
    madeOn: day(-40), summary: 'Halv stilling, ingen tunge løft, høy-lav-benk bestilt.', sharedWithSickNoteWriter: true,
  });
  await leader2.post(`/api/cases/${c3.id}/dialogue-meetings`, {
    number: 1, heldOn: day(-15), participants: ['employee', 'leader', 'occupational_health'], summary: 'Planen fungerer; opptrapping vurderes om to uker.',
  });
  const a3 = await leader2.post(`/api/cases/${c3.id}/actions`, {
    title: 'Høy-lav-benk på kaldkjøkkenet', responsibleId: ids.get('leader2')!, dueDate: day(-30), participants: ['employee', 'leader'],
  });
  await leader2.post(`/api/cases/${c3.id}/actions/${a3.id}/completion`, { completedOn: day(-32), outcome: 'Benken er montert.' });
  await leader2.post(`/api/cases/${c3.id}/actions/${a3.id}/evaluation`, { effect: 'effective', note: 'Mindre smerter etter arbeidsdagen.' });

  // 4. A closed harassment case.
  const c4 = await open(jonas.id, leaderId, 'psychosocial', 'Varsel om utilbørlig opptreden i kveldsvakt', 'Varsel mottatt via avviksystemet.');
  await hr.post(`/api/cases/${c4.id}/risks`, {
    factor: 'harassment', severity: 'medium', source: 'complaint', description: 'Nedsettende kommentarer fra kollega over tid.',
  });
  const a4 = await leader.post(`/api/cases/${c4.id}/actions`, {
    title: 'Samtaler med de involverte og endret turnus', responsibleId: leaderId, dueDate: day(-20), participants: ['employee', 'leader', 'union_rep'],
  });
  await leader.post(`/api/cases/${c4.id}/actions/${a4.id}/completion`, { completedOn: day(-21), outcome: 'Samtaler holdt; de jobber ikke lenger samme vakter.' });
  await leader.post(`/api/cases/${c4.id}/actions/${a4.id}/evaluation`, { effect: 'effective', note: 'Ingen nye hendelser på seks uker.' });
  await hr.post(`/api/cases/${c4.id}/closure`, { reason: 'Tiltakene har virket, og arbeidstakeren ønsker å avslutte saken.' });
}
