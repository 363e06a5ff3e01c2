import { createHash } from 'node:crypto';
import { ELIGIBILITY_LABELS_NB, type EligibilityCode } from '@app/case-domain';
import type { CaseExport, ExportedEvent, Person } from '../case-export';

/**
 * A complete, realistic case export for tests and benchmarks: a home-care worker in
 * "Fjordvik kommune" with long absence, psychosocial risks in several § 4-3 factors, measures
 * carried out and evaluated, deadlines met and one overdue, both consents and a filled-in
 * expert-support request. Names carry æ, ø and å on purpose. Everything is invented; the
 * national id is synthetic but passes NAV's checksum.
 */

const CASE_ID = '7d1f6c2e-3b4a-4c1d-9e8f-2a6b5c4d3e21';
const KARI: Person = { id: 'e1a0c6f4-1111-4a8e-9d1c-0a1b2c3d4e01', name: 'Kari Nordmann' };
const LARS: Person = { id: 'u2b1d7a5-2222-4b9f-8e2d-1b2c3d4e5f02', name: 'Lars Øvrebø' };
const BJORG: Person = { id: 'u3c2e8b6-3333-4ca0-9f3e-2c3d4e5f6a03', name: 'Bjørg Ås' };

const RISK_IDS = ['r-workload-1', 'r-unclear-1', 'r-emotional-1', 'r-workload-2', 'r-support-1'];
const ACTION_IDS = ['a-redistribute', 'a-role', 'a-conversations'];

/** [Oslo local time "YYYY-MM-DD HH:MM", actor, type, text] of the case's ~30 events. */
type EventSeed = [string, Person, string, string];
const EVENTS: EventSeed[] = [
  ['2026-08-20 09:12', BJORG, 'CaseOpened', 'Bjørg Ås opprettet saken «Arbeidsbelastning og sykefravær i hjemmetjenesten» for Kari Nordmann.'],
  ['2026-08-20 09:20', BJORG, 'AbsenceRecorded', 'Bjørg Ås registrerte egenmelding 17.–19. august (100 %).'],
  ['2026-08-24 13:40', BJORG, 'RiskIdentified', 'Bjørg Ås registrerte en høy risiko for arbeidsmengde og tidspress, funnet i en pulsmåling.'],
  ['2026-08-27 10:05', LARS, 'RiskIdentified', 'Lars Øvrebø registrerte en middels risiko for uklare eller motstridende krav og forventninger, funnet i en samtale.'],
  ['2026-08-27 10:15', LARS, 'NoteAdded', 'Lars Øvrebø skrev et notat: «Samtale med Kari om prioriteringer mellom brukerbesøk og fagansvar.»'],
  ['2026-09-07 08:30', BJORG, 'AbsenceRecorded', 'Bjørg Ås registrerte sykmelding fra 7. september til 4. oktober (100 %).'],
  ['2026-09-08 11:00', LARS, 'RiskIdentified', 'Lars Øvrebø registrerte en middels risiko for emosjonelle krav og belastninger i arbeid med mennesker, funnet i en samtale.'],
  ['2026-09-10 14:25', LARS, 'ActionAgreed', 'Lars Øvrebø avtalte tiltaket «Omfordele saksmengde» med Kari Nordmann og HR, frist 1. oktober.'],
  ['2026-09-15 09:45', BJORG, 'RiskIdentified', 'Bjørg Ås registrerte en middels risiko for arbeidsmengde og tidspress, funnet ved observasjon.'],
  ['2026-09-18 12:00', LARS, 'ActionAgreed', 'Lars Øvrebø avtalte tiltaket «Tydeliggjøre rollen som fagansvarlig» med Kari Nordmann og verneombudet, frist 1. november.'],
  ['2026-09-28 10:30', LARS, 'FollowUpPlanRecorded', 'Lars Øvrebø registrerte en oppfølgingsplan laget 28. september, sendt til sykmelder.'],
  ['2026-09-30 15:10', LARS, 'ActionCompleted', 'Lars Øvrebø registrerte at tiltaket «Omfordele saksmengde» ble gjennomført 30. september.'],
  ['2026-10-05 08:10', BJORG, 'AbsenceRecorded', 'Bjørg Ås registrerte gradert sykmelding fra 5. oktober (50 %).'],
  ['2026-10-12 09:00', BJORG, 'RiskIdentified', 'Bjørg Ås registrerte en lav risiko for støtte og hjelp i arbeidet, funnet på en vernerunde.'],
  ['2026-10-15 13:30', LARS, 'ActionEvaluated', 'Lars Øvrebø evaluerte tiltaket «Omfordele saksmengde»: virket.'],
  ['2026-10-20 10:00', LARS, 'NoteAdded', 'Lars Øvrebø skrev et notat: «Kari melder at arbeidsdagene er mer forutsigbare etter omfordelingen.»'],
  ['2026-10-23 09:00', LARS, 'DialogueMeetingHeld', 'Lars Øvrebø registrerte dialogmøte 1, holdt 23. oktober med Kari Nordmann og bedriftshelsetjenesten.'],
  ['2026-10-23 11:30', LARS, 'ActionAgreed', 'Lars Øvrebø avtalte tiltaket «Faste oppfølgingssamtaler hver 14. dag» med Kari Nordmann og bedriftshelsetjenesten, frist 30. november.'],
  ['2026-10-30 14:00', LARS, 'ActionCompleted', 'Lars Øvrebø registrerte at tiltaket «Tydeliggjøre rollen som fagansvarlig» ble gjennomført 30. oktober.'],
  ['2026-11-05 10:20', BJORG, 'NoteAdded', 'Bjørg Ås skrev et notat: «Drøftet behovet for ekspertbistand med Siri Haugland i NAV Fjordvik.»'],
  ['2026-11-13 13:15', LARS, 'ActionEvaluated', 'Lars Øvrebø evaluerte tiltaket «Tydeliggjøre rollen som fagansvarlig»: virket delvis.'],
  ['2026-11-17 09:40', BJORG, 'ExpertSupportRequested', 'Bjørg Ås registrerte søknad om ekspertbistand fra Ingrid Sæther (Arbeidshelse Vest AS), 20 timer, anslått 24 000 kr, start 11. januar 2027.'],
  ['2026-11-20 10:00', BJORG, 'ConsentRecorded', 'Bjørg Ås registrerte at arbeidstakeren samtykket til søknad om tilskudd til ekspertbistand 20. november.'],
  ['2026-11-20 10:02', BJORG, 'ConsentRecorded', 'Bjørg Ås registrerte at arbeidsgiveren samtykket til søknad om tilskudd til ekspertbistand 20. november.'],
  ['2026-11-24 08:55', LARS, 'NoteAdded', 'Lars Øvrebø skrev et notat: «Kort samtale; Kari ønsker å øke stillingsandelen gradvis fra januar.»'],
  ['2026-11-26 12:30', BJORG, 'NoteAdded', 'Bjørg Ås skrev et notat: «Turnusplan for desember gjennomgått med tillitsvalgt.»'],
  ['2026-11-30 16:00', LARS, 'NoteAdded', 'Lars Øvrebø skrev et notat: «Oppfølgingssamtalene er utsatt på grunn av ferieavvikling.»'],
  ['2026-12-01 09:10', BJORG, 'NoteAdded', 'Bjørg Ås skrev et notat: «Minnet leder om fristen for tiltaket «Faste oppfølgingssamtaler».»'],
  ['2026-12-02 14:45', LARS, 'NoteAdded', 'Lars Øvrebø skrev et notat: «Første oppfølgingssamtale avtalt 8. desember.»'],
  ['2026-12-03 13:50', BJORG, 'NoteAdded', 'Bjørg Ås skrev et notat: «Dokumentasjon samlet før søknad til NAV.»'],
];

/** The last Sunday of a month (1-12): the EU's summer time starts and ends on it. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** Oslo local "YYYY-MM-DD HH:MM" to UTC ISO (CEST from the last Sunday of March to that of October). */
function osloToUtc(local: string): string {
  const [day, time] = local.split(' ');
  const year = Number(day.slice(0, 4));
  const summer = day >= lastSunday(year, 3) && day < lastSunday(year, 10);
  return new Date(`${day}T${time}:00${summer ? '+02:00' : '+01:00'}`).toISOString();
}

/** "2026-12-03 14:05" -> "03.12.2026 14:05", as the timeline API prints it. */
function localLabel(local: string): string {
  const [day, time] = local.split(' ');
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y} ${time}`;
}

const ZERO_HASH = '0'.repeat(64);

/** Events with a hash chain like the store's (sha256 over the previous hash and the event). */
function chained(seeds: EventSeed[]): ExportedEvent[] {
  let prevHash = ZERO_HASH;
  return seeds.map(([local, actor, type, text], i) => {
    const occurredAt = osloToUtc(local);
    const data = { caseId: CASE_ID };
    const hash = createHash('sha256').update(`${prevHash}|${type}|${occurredAt}|${actor.id}|${text}`).digest('hex');
    const event: ExportedEvent = {
      eventId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      version: i + 1,
      position: 1000 + i * 7,
      type,
      occurredAt,
      occurredAtLocal: localLabel(local),
      actor,
      text,
      data,
      prevHash,
      hash,
    };
    prevHash = hash;
    return event;
  });
}

function withChain(doc: CaseExport, seeds: EventSeed[]): CaseExport {
  const timeline = chained(seeds);
  const last = timeline[timeline.length - 1];
  return {
    ...doc,
    timeline,
    chain: { ...doc.chain, eventCount: timeline.length, headHash: last?.hash ?? ZERO_HASH },
  };
}

function rule(code: EligibilityCode, met: boolean, explanationNb: string, blocking = true) {
  return { code, met, blocking, explanationNb, label: ELIGIBILITY_LABELS_NB[code] };
}

function base(): CaseExport {
  const doc: CaseExport = {
    format: 'case-export',
    formatVersion: 1,
    generatedAt: '2026-12-03T13:05:00.000Z',
    generatedBy: { id: BJORG.id, name: BJORG.name!, role: 'hr' },
    organisation: { name: 'Fjordvik kommune', orgNumber: '974760673' },
    case: {
      id: CASE_ID,
      title: 'Arbeidsbelastning og sykefravær i hjemmetjenesten',
      summary:
        'Kari Nordmann er fagansvarlig sykepleier i hjemmetjenesten. Fraværet har økt siden august, etter en lengre ' +
        'periode med høy arbeidsmengde, ubesatte helgevakter og uklare forventninger til rollen som fagansvarlig.',
      kind: 'combined',
      kindLabel: 'Psykososialt arbeidsmiljø og sykefravær',
      status: 'open',
      statusLabel: 'Åpen',
      openedAt: '2026-08-20T07:12:00.000Z',
      closedAt: null,
      employee: { id: KARI.id, name: KARI.name },
      unit: { id: 'unit-hjemmetjenesten-nord', name: 'Hjemmetjenesten Nord' },
      leader: { id: LARS.id, name: LARS.name },
      period: { from: '2026-08-20', to: '2026-12-03' },
    },
    application: {
      virksomhet: {
        virksomhetsnummer: '974760673',
        virksomhetsnavn: 'Fjordvik kommune',
        kontaktperson: { navn: 'Lars Øvrebø', epost: 'lars.ovrebo@fjordvik.kommune.no', telefonnummer: '41234567' },
      },
      ansatt: { fnr: '15038541215', navn: 'Kari Nordmann' },
      ekspert: { navn: 'Ingrid Sæther', virksomhet: 'Arbeidshelse Vest AS', kompetanse: 'Psykolog, autorisasjon HPR 9876543' },
      behovForBistand: {
        begrunnelse:
          'Kari arbeider som fagansvarlig sykepleier i 100 % stilling i turnus (dag og annenhver helg). Hun har ansvar for ' +
          '15 faste brukere i tillegg til faglig veiledning av kolleger. Det er vanskelig å prioritere mellom brukerbesøk og ' +
          'fagansvar, og helgene med ubesatte vakter gir lange dager uten pauser.',
        behov:
          'Kartlegging av arbeidssituasjonen og en arbeidsplassvurdering, med råd om organisering av fagansvaret og en plan ' +
          'for gradvis opptrapping av stillingsandelen. Ikke behandling.',
        tilrettelegging:
          'Saksmengden er omfordelt (tre brukere flyttet), rollen som fagansvarlig er beskrevet skriftlig, gradert sykmelding ' +
          'fra 5. oktober, dialogmøte 1 med bedriftshelsetjenesten og faste oppfølgingssamtaler med nærmeste leder.',
        timer: 20,
        estimertKostnad: 24000,
        startdato: '2027-01-11',
      },
      nav: { kontaktperson: 'Siri Haugland, NAV Fjordvik' },
    },
    missing: [],
    eligibility: [
      rule(
        'absence_or_risk',
        true,
        'Langvarig fravær: fraværet har vart i 88 dager (grense: 56); 2 sykmeldinger de siste 36 månedene (grense for gjentakende fravær: 3); 5 risikoer er registrert i saken.',
      ),
      rule('ordinary_measures_tried', true, '2 tiltak er gjennomført og 2 av dem evaluert, så ordinære tiltak er prøvd.'),
      rule('consents', true, 'Både arbeidstakeren og arbeidsgiveren har samtykket til søknad om ekspertbistand.'),
      rule('expert_fields_complete', true, 'Alle opplysninger om eksperten, behovet og kontaktpersonen hos NAV er fylt ut.'),
      rule('start_date_not_passed', true, 'Startdatoen 11. januar 2027 er ikke passert (i dag: 3. desember 2026).'),
      rule(
        'cost_within_grant_cap',
        false,
        'Anslått kostnad 24 000 kr er over NAVs tilskuddsgrense på 23 100 kr; arbeidsgiveren betaler selv de 900 kr som overstiger.',
        false,
      ),
    ],
    absences: [
      { id: 'abs-1', from: '2026-08-17', to: '2026-08-19', grade: 100, kind: 'self_certified', kindLabel: 'Egenmelding' },
      { id: 'abs-2', from: '2026-09-07', to: '2026-10-04', grade: 100, kind: 'sick_note', kindLabel: 'Sykmelding' },
      { id: 'abs-3', from: '2026-10-05', to: null, grade: 50, kind: 'sick_note', kindLabel: 'Sykmelding' },
    ],
    deadlines: [
      deadline('employer_period_end', 'Arbeidsgiverperioden slutter', '2026-09-22', 'met', 'Nådd'),
      deadline('follow_up_plan', 'Oppfølgingsplan', '2026-10-05', 'met', 'Oppfylt'),
      deadline('dialogue_meeting_1', 'Dialogmøte 1', '2026-10-26', 'met', 'Oppfylt'),
      deadline('activity_requirement', 'Aktivitetskrav', '2026-11-02', 'met', 'Oppfylt'),
      { ...deadline('action_due', 'Frist for tiltak', '2026-11-30', 'overdue', 'Fristen er passert'), periodStart: null, actionId: ACTION_IDS[2] },
      deadline('follow_up_plan_update', 'Oppdatert oppfølgingsplan', '2027-02-22', 'upcoming', 'Kommer'),
      deadline('dialogue_meeting_2', 'Dialogmøte 2', '2027-03-08', 'upcoming', 'Kommer'),
      deadline('max_sick_pay', 'Maksdato for sykepenger', '2027-09-06', 'upcoming', 'Kommer'),
    ],
    risks: [
      risk(0, 'workload', 'Arbeidsmengde og tidspress', 'high', 'Høy', 'pulse_survey', 'Pulsmåling', BJORG, '2026-08-24T11:40:00.000Z',
        'Pulsmålingen i juni viser at saksmengden per ansatt har økt med om lag 30 % siden våren, med overtid flere dager hver uke.'),
      risk(1, 'unclear_demands', 'Uklare eller motstridende krav og forventninger', 'medium', 'Middels', 'conversation', 'Samtale', LARS, '2026-08-27T08:05:00.000Z',
        'Det er uklart hvem som prioriterer mellom brukerbesøk og oppgavene som fagansvarlig når det er travelt.'),
      risk(2, 'emotional_demands', 'Emosjonelle krav og belastninger i arbeid med mennesker', 'medium', 'Middels', 'conversation', 'Samtale', LARS, '2026-09-08T09:00:00.000Z',
        'Mange krevende brukere og pårørende i roden; lite tid til å snakke gjennom tunge besøk etterpå.'),
      risk(3, 'workload', 'Arbeidsmengde og tidspress', 'medium', 'Middels', 'observation', 'Observasjon', BJORG, '2026-09-15T07:45:00.000Z',
        'Turnusen har ubesatte vakter nesten hver helg, som dekkes ved forskyvning og overtid.'),
      risk(4, 'support', 'Støtte og hjelp i arbeidet', 'low', 'Lav', 'safety_round', 'Vernerunde', BJORG, '2026-10-12T07:00:00.000Z',
        'Få faste møtepunkter med nærmeste leder; de ansatte vet ikke alltid hvem de skal spørre.'),
    ],
    actions: [
      {
        id: ACTION_IDS[0],
        title: 'Omfordele saksmengde',
        description: 'Flytte tre av Karis faste brukere til andre i teamet og holde antallet faste brukere på høyst 12.',
        riskIds: [RISK_IDS[0], RISK_IDS[3]],
        responsible: LARS,
        dueDate: '2026-10-01',
        participants: [coded('employee', 'Arbeidstaker'), coded('leader', 'Nærmeste leder'), coded('hr', 'HR')],
        recordedAt: '2026-09-10T12:25:00.000Z',
        recordedBy: LARS,
        completion: { completedOn: '2026-09-30', outcome: 'Tre brukere flyttet til Ola Dåsvik; Kari har nå 12 faste brukere.', recordedBy: LARS },
        evaluations: [
          { effect: 'effective', effectLabel: 'Virket', note: 'Kari opplever arbeidsdagen som mer håndterbar, og overtiden er halvert.', recordedAt: '2026-10-15T11:30:00.000Z', recordedBy: LARS },
        ],
      },
      {
        id: ACTION_IDS[1],
        title: 'Tydeliggjøre rollen som fagansvarlig',
        description: 'Skrive en rollebeskrivelse for fagansvarlig og gå gjennom den med teamet, med hvem som prioriterer når det er travelt.',
        riskIds: [RISK_IDS[1]],
        responsible: BJORG,
        dueDate: '2026-11-01',
        participants: [coded('employee', 'Arbeidstaker'), coded('leader', 'Nærmeste leder'), coded('safety_rep', 'Verneombud')],
        recordedAt: '2026-09-18T10:00:00.000Z',
        recordedBy: LARS,
        completion: { completedOn: '2026-10-30', outcome: 'Skriftlig rollebeskrivelse avtalt og gjennomgått med teamet på personalmøtet.', recordedBy: LARS },
        evaluations: [
          { effect: 'partly_effective', effectLabel: 'Virket delvis', note: 'Rollen er tydeligere, men prioriteringskonflikter oppstår fortsatt i helgene.', recordedAt: '2026-11-13T12:15:00.000Z', recordedBy: LARS },
        ],
      },
      {
        id: ACTION_IDS[2],
        title: 'Faste oppfølgingssamtaler hver 14. dag',
        description: 'Korte samtaler mellom Kari og nærmeste leder om arbeidsmengde, prioriteringer og opptrapping.',
        riskIds: [RISK_IDS[4], RISK_IDS[2]],
        responsible: LARS,
        dueDate: '2026-11-30',
        participants: [coded('employee', 'Arbeidstaker'), coded('leader', 'Nærmeste leder'), coded('occupational_health', 'Bedriftshelsetjenesten')],
        recordedAt: '2026-10-23T09:30:00.000Z',
        recordedBy: LARS,
        completion: null,
        evaluations: [],
      },
    ],
    followUpPlans: [
      {
        id: 'plan-1',
        madeOn: '2026-09-28',
        summary: 'Redusert saksmengde, ingen helgevakter i oktober, gradvis opptrapping fra 50 % i oktober. Ny vurdering i dialogmøte 1.',
        sharedWithSickNoteWriter: true,
        recordedBy: LARS,
      },
    ],
    dialogueMeetings: [
      {
        id: 'dm-1',
        number: 1,
        heldOn: '2026-10-23',
        participants: [coded('employee', 'Arbeidstaker'), coded('leader', 'Nærmeste leder'), coded('occupational_health', 'Bedriftshelsetjenesten')],
        summary: 'Gjennomgått oppfølgingsplanen. Enighet om faste oppfølgingssamtaler og om å undersøke ekspertbistand fra NAV.',
        recordedBy: LARS,
      },
    ],
    consents: [
      { id: 'c-1', party: 'employee', partyLabel: 'Arbeidstaker', scope: 'expert_support', scopeLabel: 'Søknad om tilskudd til ekspertbistand', givenOn: '2026-11-20', recordedBy: BJORG },
      { id: 'c-2', party: 'employer', partyLabel: 'Arbeidsgiver', scope: 'expert_support', scopeLabel: 'Søknad om tilskudd til ekspertbistand', givenOn: '2026-11-20', recordedBy: BJORG },
    ],
    navDecision: null,
    timeline: [],
    chain: { algorithm: 'sha256', eventCount: 0, headHash: ZERO_HASH, valid: true },
  };
  return withChain(doc, EVENTS);
}

function deadline(code: string, label: string, dueDate: string, status: string, statusLabel: string) {
  return { code, label, dueDate, status, statusLabel, periodStart: code === 'action_due' ? null : '2026-09-07', actionId: null as string | null };
}

function coded(code: string, label: string) {
  return { code, label };
}

function risk(
  i: number, factor: string, factorLabel: string, severity: string, severityLabel: string,
  source: string, sourceLabel: string, recordedBy: Person, recordedAt: string, description: string,
) {
  return { id: RISK_IDS[i], factor, factorLabel, factorText: null, description, severity, severityLabel, source, sourceLabel, recordedAt, recordedBy };
}

/** The sample export; `overrides` replace whole top-level parts (e.g. `{ navDecision: ... }`). */
export function sampleCaseExport(overrides: Partial<CaseExport> = {}): CaseExport {
  return { ...base(), ...overrides };
}

/**
 * `doc` with exactly `n` timeline events: the sample's own events, then notes every half hour
 * (each numbered, so the last one is recognisable), with the chain and period updated.
 */
export function withTimelineOf(doc: CaseExport, n: number): CaseExport {
  const seeds = EVENTS.slice(0, n);
  const start = new Date(`${EVENTS[EVENTS.length - 1][0].replace(' ', 'T')}:00Z`).getTime();
  for (let i = seeds.length; i < n; i++) {
    // Wall-clock arithmetic on a UTC Date, so "local" labels step evenly.
    const local = new Date(start + (i - EVENTS.length + 1) * 30 * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const actor = i % 2 === 0 ? LARS : BJORG;
    seeds.push([local, actor, 'NoteAdded', `${actor.name} skrev et notat (nr. ${i + 1}): «Kort samtale om arbeidsmengden og turnusen denne uken.»`]);
  }
  const result = withChain(doc, seeds);
  const lastDay = seeds.length > 0 ? seeds[seeds.length - 1][0].slice(0, 10) : doc.case.period.to;
  const to = lastDay > doc.case.period.to ? lastDay : doc.case.period.to;
  const generatedAt = result.timeline.length > 0 && result.timeline[result.timeline.length - 1].occurredAt > doc.generatedAt
    ? new Date(new Date(result.timeline[result.timeline.length - 1].occurredAt).getTime() + 60_000).toISOString()
    : doc.generatedAt;
  return { ...result, generatedAt, case: { ...result.case, period: { ...result.case.period, to } } };
}
