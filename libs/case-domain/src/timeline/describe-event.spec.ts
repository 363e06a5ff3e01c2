import { CASE_EVENT_TYPES, type CaseEvent } from '../events/case-events';
import { describeEvent, type TimelineContext } from './describe-event';
import { formatDateNb, formatDateRangeNb, formatNok, joinNb, lowerFirst } from './format-nb';

const USERS: Record<string, string> = { leader: 'Lars Øvrebø', hr: 'Siri Hansen' };
const ERASED = { $erased: true } as never;

const ctx = (overrides: Partial<TimelineContext> = {}): TimelineContext => ({
  actorName: 'Siri Hansen',
  employeeName: 'Kari Nordmann',
  userName: (id) => USERS[id],
  riskLabel: (id) => (id === 'r1' ? 'Arbeidsmengde og tidspress' : undefined),
  actionTitle: (id) => (id === 'a1' ? 'Omfordele saksmengde' : id === 'erased' ? null : undefined),
  occurredAt: '2026-11-20T10:00:00Z',
  ...overrides,
});

const agreed = (data: Partial<Extract<CaseEvent, { type: 'ActionAgreed' }>['data']> = {}): CaseEvent => ({
  type: 'ActionAgreed',
  data: {
    actionId: 'a1',
    title: 'Omfordele saksmengde',
    riskIds: [],
    responsibleId: 'leader',
    dueDate: '2026-12-03',
    participants: ['employee', 'leader', 'hr'],
    ...data,
  },
});

describe('format-nb', () => {
  it.each([
    ['2026-12-03', 2026, '3. desember'],
    ['2027-12-03', 2026, '3. desember 2027'],
    ['2026-01-01', undefined, '1. januar 2026'],
    ['2026-05-17', 2026, '17. mai'],
  ] as const)('formatDateNb(%s, %p) = %s', (date, year, text) => {
    expect(formatDateNb(date, year)).toBe(text);
  });

  it.each([
    ['2026-03-03', '2026-03-05', '3.–5. mars'],
    ['2026-02-27', '2026-03-02', '27. februar–2. mars'],
    ['2026-03-03', '2026-03-03', '3. mars'],
    ['2026-12-30', '2027-01-02', '30. desember 2026–2. januar 2027'],
  ])('formatDateRangeNb(%s, %s) = %s', (from, to, text) => {
    expect(formatDateRangeNb(from, to, 2026)).toBe(text);
  });

  it.each([
    [23_100, '23 100 kr'],
    [999, '999 kr'],
    [1_000_000, '1 000 000 kr'],
    [0, '0 kr'],
  ])('formatNok(%i) = %s', (amount, text) => {
    expect(formatNok(amount)).toBe(text);
  });

  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A og B'],
    [['A', 'B', 'C'], 'A, B og C'],
  ])('joinNb(%j) = %s', (items, text) => {
    expect(joinNb(items)).toBe(text);
  });

  it('lowerFirst keeps abbreviations', () => {
    expect(lowerFirst('Arbeidsmengde')).toBe('arbeidsmengde');
    expect(lowerFirst('HR')).toBe('HR');
  });
});

describe('describeEvent', () => {
  it('ActionAgreed: the issue example, with the leader as actor', () => {
    expect(describeEvent(agreed(), ctx({ actorName: 'Lars Øvrebø', actorIsLeader: true }))).toBe(
      'Lars Øvrebø avtalte tiltaket «Omfordele saksmengde» med Kari Nordmann og HR, frist 3. desember.',
    );
  });

  it.each([
    [['employee', 'leader', 'hr', 'safety_rep'], 'med Kari Nordmann, nærmeste leder, HR og verneombudet'],
    [['occupational_health', 'union_rep', 'other'], 'med bedriftshelsetjenesten, tillitsvalgt og andre'],
    [['employee'], 'med Kari Nordmann'],
  ] as const)('ActionAgreed names participants %j', (participants, text) => {
    expect(describeEvent(agreed({ participants: [...participants] }), ctx())).toContain(`«Omfordele saksmengde» ${text}, frist`);
  });

  it('ActionAgreed: who is responsible when not the actor, the risks, a due date in another year', () => {
    expect(describeEvent(agreed({ riskIds: ['r1', 'unknown'], dueDate: '2027-01-15' }), ctx())).toBe(
      'Siri Hansen avtalte tiltaket «Omfordele saksmengde» med Kari Nordmann, nærmeste leder og HR, frist 15. januar 2027, ansvarlig Lars Øvrebø (gjelder arbeidsmengde og tidspress).',
    );
  });

  it('ActionAgreed: an erased title and an erased employee', () => {
    expect(describeEvent(agreed({ title: ERASED }), ctx({ employeeName: null, actorName: 'Lars Øvrebø', actorIsLeader: true }))).toBe(
      'Lars Øvrebø avtalte et tiltak med arbeidstakeren og HR, frist 3. desember.',
    );
  });

  it('ActionAgreed with nobody else leaves out "med"', () => {
    expect(describeEvent(agreed({ participants: ['leader'] }), ctx({ actorName: 'Lars Øvrebø', actorIsLeader: true }))).toBe(
      'Lars Øvrebø avtalte tiltaket «Omfordele saksmengde», frist 3. desember.',
    );
  });

  it.each<[string, CaseEvent, Partial<TimelineContext>, string]>([
    [
      'CaseOpened',
      { type: 'CaseOpened', data: { caseId: 'c', employeeId: 'e', leaderId: 'leader', unitId: 'u', kind: 'psychosocial', title: 'Belastning i kundeteamet' } },
      {},
      'Siri Hansen opprettet saken «Belastning i kundeteamet» om Kari Nordmann (psykososialt arbeidsmiljø), med Lars Øvrebø som nærmeste leder.',
    ],
    [
      'CaseOpened, erased title and employee, unknown leader',
      { type: 'CaseOpened', data: { caseId: 'c', employeeId: 'e', leaderId: 'gone', unitId: 'u', kind: 'absence', title: ERASED } },
      { employeeName: null },
      'Siri Hansen opprettet en sak om arbeidstakeren (sykefraværsoppfølging).',
    ],
    [
      'RiskIdentified',
      { type: 'RiskIdentified', data: { riskId: 'r1', factor: 'workload', description: 'x', severity: 'high', source: 'pulse_survey' } },
      {},
      'Siri Hansen registrerte en risiko knyttet til arbeidsmengde og tidspress, med høy alvorlighetsgrad, oppdaget gjennom en pulsmåling.',
    ],
    [
      'RiskIdentified, other factor in own words, other source',
      { type: 'RiskIdentified', data: { riskId: 'r2', factor: 'other', factorText: 'Støy i kontorlandskapet', description: 'x', severity: 'low', source: 'other' } },
      {},
      'Siri Hansen registrerte en risiko knyttet til «Støy i kontorlandskapet», med lav alvorlighetsgrad.',
    ],
    [
      'RiskIdentified, other factor with its text erased',
      { type: 'RiskIdentified', data: { riskId: 'r2', factor: 'other', factorText: ERASED, description: ERASED, severity: 'medium', source: 'complaint' } },
      {},
      'Siri Hansen registrerte en risiko knyttet til andre forhold, med middels alvorlighetsgrad, oppdaget gjennom en klage eller et varsel.',
    ],
    [
      'ActionCompleted',
      { type: 'ActionCompleted', data: { actionId: 'a1', completedOn: '2026-11-19', outcome: 'x' } },
      { actorName: 'Lars Øvrebø' },
      'Lars Øvrebø registrerte at tiltaket «Omfordele saksmengde» ble gjennomført 19. november.',
    ],
    [
      'ActionCompleted, title erased',
      { type: 'ActionCompleted', data: { actionId: 'erased', completedOn: '2026-11-19', outcome: ERASED } },
      {},
      'Siri Hansen registrerte at et tiltak ble gjennomført 19. november.',
    ],
    [
      'ActionEvaluated',
      { type: 'ActionEvaluated', data: { actionId: 'a1', effect: 'partly_effective', note: 'x' } },
      {},
      'Siri Hansen evaluerte tiltaket «Omfordele saksmengde»: det virket delvis.',
    ],
    [
      'ActionEvaluated without a title lookup',
      { type: 'ActionEvaluated', data: { actionId: 'a1', effect: 'not_effective', note: 'x' } },
      { actionTitle: undefined },
      'Siri Hansen evaluerte et tiltak: det virket ikke.',
    ],
    [
      'AbsenceRecorded, open sick note',
      { type: 'AbsenceRecorded', data: { absenceId: 'b', from: '2026-11-02', grade: 100, kind: 'sick_note' } },
      {},
      'Siri Hansen registrerte 100 % sykmelding for Kari Nordmann fra 2. november.',
    ],
    [
      'AbsenceRecorded, graded with an end',
      { type: 'AbsenceRecorded', data: { absenceId: 'b', from: '2026-10-20', to: '2026-11-15', grade: 50, kind: 'sick_note' } },
      {},
      'Siri Hansen registrerte 50 % sykmelding for Kari Nordmann 20. oktober–15. november.',
    ],
    [
      'AbsenceRecorded, self-certified',
      { type: 'AbsenceRecorded', data: { absenceId: 'b', from: '2026-03-03', to: '2026-03-05', grade: 100, kind: 'self_certified' } },
      { employeeName: null },
      'Siri Hansen registrerte egenmelding for arbeidstakeren 3.–5. mars.',
    ],
    [
      'AbsenceEnded',
      { type: 'AbsenceEnded', data: { absenceId: 'b', to: '2026-11-18' } },
      {},
      'Siri Hansen registrerte at fraværet til Kari Nordmann varte til og med 18. november.',
    ],
    [
      'FollowUpPlanRecorded',
      { type: 'FollowUpPlanRecorded', data: { planId: 'p', madeOn: '2026-11-18', summary: 'x', sharedWithSickNoteWriter: true } },
      {},
      'Siri Hansen registrerte en oppfølgingsplan laget med Kari Nordmann 18. november, sendt til sykmelder.',
    ],
    [
      'FollowUpPlanRecorded, not shared',
      { type: 'FollowUpPlanRecorded', data: { planId: 'p', madeOn: '2026-11-18', summary: ERASED, sharedWithSickNoteWriter: false } },
      {},
      'Siri Hansen registrerte en oppfølgingsplan laget med Kari Nordmann 18. november, ikke sendt til sykmelder.',
    ],
    [
      'DialogueMeetingHeld',
      { type: 'DialogueMeetingHeld', data: { meetingId: 'm', number: 1, heldOn: '2026-11-19', participants: ['employee', 'leader', 'occupational_health'], summary: 'x' } },
      {},
      'Siri Hansen registrerte at dialogmøte 1 ble holdt 19. november med Kari Nordmann, nærmeste leder og bedriftshelsetjenesten.',
    ],
    [
      'ConsentRecorded by the employee',
      { type: 'ConsentRecorded', data: { consentId: 'k', party: 'employee', scope: 'expert_support', givenOn: '2026-11-20' } },
      {},
      'Arbeidstakeren samtykket til søknad om ekspertbistand 20. november (registrert av Siri Hansen).',
    ],
    [
      'ConsentRecorded by the employer',
      { type: 'ConsentRecorded', data: { consentId: 'k', party: 'employer', scope: 'expert_support', givenOn: '2026-11-20' } },
      {},
      'Arbeidsgiveren samtykket til søknad om ekspertbistand 20. november (registrert av Siri Hansen).',
    ],
    [
      'ExpertSupportRequested',
      {
        type: 'ExpertSupportRequested',
        data: {
          requestId: 'x',
          expert: { name: 'Ola Ekspert', company: 'Arbeidshelse AS', competence: 'Psykolog' },
          reason: 'x',
          need: 'x',
          accommodationTried: 'x',
          hours: 12,
          estimatedCost: 18_500,
          startDate: '2027-01-04',
          navContact: 'x',
        },
      },
      {},
      'Siri Hansen forberedte en søknad til NAV om tilskudd til ekspertbistand fra Ola Ekspert i Arbeidshelse AS: 12 timer, anslått 18 500 kr, oppstart 4. januar 2027.',
    ],
    [
      'ExpertSupportRequested, erased',
      {
        type: 'ExpertSupportRequested',
        data: {
          requestId: 'x',
          expert: { name: ERASED, company: ERASED, competence: ERASED },
          reason: ERASED,
          need: ERASED,
          accommodationTried: ERASED,
          hours: 1,
          estimatedCost: 1_500,
          startDate: '2026-12-01',
          navContact: ERASED,
        },
      },
      {},
      'Siri Hansen forberedte en søknad til NAV om tilskudd til ekspertbistand fra en ekspert: 1 time, anslått 1 500 kr, oppstart 1. desember.',
    ],
    [
      'NavDecisionRecorded, granted',
      { type: 'NavDecisionRecorded', data: { decisionId: 'd', granted: true, amount: 23_100, refundDeadline: '2027-06-30', decidedOn: '2026-11-20' } },
      {},
      'Søknaden om tilskudd til ekspertbistand ble innvilget av NAV 20. november med 23 100 kr, og refusjonskravet må sendes innen 30. juni 2027 (registrert av Siri Hansen).',
    ],
    [
      'NavDecisionRecorded, granted without amount',
      { type: 'NavDecisionRecorded', data: { decisionId: 'd', granted: true, decidedOn: '2026-11-20' } },
      {},
      'Søknaden om tilskudd til ekspertbistand ble innvilget av NAV 20. november (registrert av Siri Hansen).',
    ],
    [
      'NavDecisionRecorded, refused',
      { type: 'NavDecisionRecorded', data: { decisionId: 'd', granted: false, decidedOn: '2026-11-20' } },
      {},
      'Søknaden om tilskudd til ekspertbistand ble avslått av NAV 20. november (registrert av Siri Hansen).',
    ],
    [
      'NoteAdded',
      { type: 'NoteAdded', data: { noteId: 'n', text: 'Samtale gjennomført.\nNeste samtale om to uker.' } },
      {},
      'Siri Hansen skrev et notat: «Samtale gjennomført. Neste samtale om to uker.».',
    ],
    ['NoteAdded, erased', { type: 'NoteAdded', data: { noteId: 'n', text: ERASED } }, {}, 'Siri Hansen skrev et notat.'],
    [
      'CaseClosed',
      { type: 'CaseClosed', data: { reason: 'Tiltakene virker' } },
      {},
      'Siri Hansen avsluttet saken med begrunnelsen «Tiltakene virker».',
    ],
    ['CaseClosed, erased', { type: 'CaseClosed', data: { reason: ERASED } }, {}, 'Siri Hansen avsluttet saken.'],
    [
      'CaseReopened',
      { type: 'CaseReopened', data: { reason: 'Ny melding om høy belastning' } },
      {},
      'Siri Hansen åpnet saken igjen med begrunnelsen «Ny melding om høy belastning».',
    ],
    ['CaseReopened, erased', { type: 'CaseReopened', data: { reason: ERASED } }, {}, 'Siri Hansen åpnet saken igjen.'],
  ])('%s', (_name, event, overrides, sentence) => {
    expect(describeEvent(event, ctx(overrides))).toBe(sentence);
  });

  it('an unknown event type gets a neutral sentence', () => {
    expect(describeEvent({ type: 'SomethingNew', data: { secret: 'x' } }, ctx())).toBe('Siri Hansen registrerte en endring i saken.');
  });

  it('an unknown actor is "En bruker"', () => {
    expect(describeEvent({ type: 'CaseClosed', data: { reason: ERASED } }, ctx({ actorName: '' }))).toBe('En bruker avsluttet saken.');
  });

  it('shows the year when the event was recorded in another year, or when its time is not known', () => {
    const event: CaseEvent = { type: 'AbsenceEnded', data: { absenceId: 'b', to: '2026-12-31' } };
    expect(describeEvent(event, ctx({ occurredAt: '2027-01-02T09:00:00Z' }))).toContain('til og med 31. desember 2026.');
    expect(describeEvent(event, ctx({ occurredAt: undefined }))).toContain('til og med 31. desember 2026.');
    // 23:30 UTC on 31 December is already 2027 in Oslo.
    expect(describeEvent(event, ctx({ occurredAt: '2026-12-31T23:30:00Z' }))).toContain('31. desember 2026.');
    expect(describeEvent(event, ctx({ occurredAt: '2026-12-31T22:30:00Z' }))).toContain('til og med 31. desember.');
  });

  it('describes every case event type with one sentence', () => {
    const seen = new Set<string>();
    for (const type of CASE_EVENT_TYPES) {
      const sentence = describeEvent({ type, data: sampleData(type) } as CaseEvent, ctx());
      expect(sentence).toMatch(/^[A-ZÆØÅ].*\.$/);
      expect(sentence).not.toMatch(/undefined|null|NaN|\[object/);
      expect(sentence).not.toBe('Siri Hansen registrerte en endring i saken.');
      seen.add(sentence);
    }
    expect(seen.size).toBe(CASE_EVENT_TYPES.length);
  });
});

/** Plausible data for each type, with every personal field erased. */
function sampleData(type: CaseEvent['type']): CaseEvent['data'] {
  const samples: Record<CaseEvent['type'], CaseEvent['data']> = {
    CaseOpened: { caseId: 'c', employeeId: 'e', leaderId: 'leader', unitId: 'u', kind: 'combined', title: ERASED },
    RiskIdentified: { riskId: 'r', factor: 'harassment', description: ERASED, severity: 'high', source: 'safety_round' },
    ActionAgreed: { actionId: 'a', title: ERASED, riskIds: [], responsibleId: 'hr', dueDate: '2026-12-01', participants: ['employee'] },
    ActionCompleted: { actionId: 'a', completedOn: '2026-11-01', outcome: ERASED },
    ActionEvaluated: { actionId: 'a', effect: 'effective', note: ERASED },
    AbsenceRecorded: { absenceId: 'b', from: '2026-11-01', grade: 60, kind: 'sick_note' },
    AbsenceEnded: { absenceId: 'b', to: '2026-11-10' },
    FollowUpPlanRecorded: { planId: 'p', madeOn: '2026-11-05', summary: ERASED, sharedWithSickNoteWriter: true },
    DialogueMeetingHeld: { meetingId: 'm', number: 2, heldOn: '2026-11-06', participants: ['hr'], summary: ERASED },
    ConsentRecorded: { consentId: 'k', party: 'employee', scope: 'expert_support', givenOn: '2026-11-07' },
    ExpertSupportRequested: {
      requestId: 'x',
      expert: { name: ERASED, company: ERASED, competence: ERASED },
      reason: ERASED,
      need: ERASED,
      accommodationTried: ERASED,
      hours: 5,
      estimatedCost: 9_000,
      startDate: '2026-12-01',
      navContact: ERASED,
    },
    NavDecisionRecorded: { decisionId: 'd', granted: false, decidedOn: '2026-11-08' },
    NoteAdded: { noteId: 'n', text: ERASED },
    CaseExported: { format: 'pdf', digest: 'ab'.repeat(32) },
    CaseClosed: { reason: ERASED },
    CaseReopened: { reason: ERASED },
  };
  return samples[type];
}
