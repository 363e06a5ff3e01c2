import type { AbsenceState, CaseState } from '../case/case-state';
import { replayCase } from '../case/evolve';
import type { CaseEvent } from '../events/case-events';
import { DEFAULT_RULES } from '../rules';
import { givenMeta } from '../testing/decider-spec';
import { bothConsents, command, eventOf, opened } from '../testing/factories';
import { isValidNationalId } from '../validation/national-id';
import {
  absenceFacts,
  buildNavApplication,
  ELIGIBILITY_CODES,
  isEligible,
  NAV_APPLICATION_FIELDS,
  subtractMonths,
  type EligibilityCode,
  type NavApplicationInput,
} from './nav-application';

const TODAY = '2026-03-10';
const FNR = '15076500565';

const stateOf = (events: CaseEvent[]): CaseState => replayCase(events.map((event, i) => ({ event, meta: givenMeta(i) })));

/** A well-kept case: 63 days of absence, a risk, an action completed and evaluated, both consents, a request. */
function completeState(): CaseState {
  return stateOf([
    opened({ kind: 'combined' }),
    eventOf(command.identifyRisk()),
    eventOf(command.agreeAction({ actionId: 'act-1', dueDate: '2026-02-01' })),
    eventOf(command.completeAction('act-1', { completedOn: '2026-02-01' })),
    eventOf(command.evaluateAction('act-1')),
    eventOf(command.recordAbsence({ absenceId: 'abs-1', from: '2026-01-07', grade: 100 })), // 7 Jan – 10 Mar: 63 days
    ...bothConsents(),
    eventOf(command.requestExpertSupport({ startDate: '2026-03-20', estimatedCost: 15_000, hours: 10 })),
  ]);
}

function completeInput(overrides: Partial<NavApplicationInput> = {}): NavApplicationInput {
  return {
    organisation: { name: 'Eksempel Omsorg AS', orgNumber: '974760673' },
    employee: { name: 'Kari Nordmann', nationalId: FNR, status: 'active' },
    contact: { name: 'Lars Øvrebø', email: 'lars.ovrebo@eksempel.no', phone: '91234567' },
    state: completeState(),
    ...overrides,
  };
}

const withRequest = (patch: Partial<NonNullable<CaseState['expertSupport']>>): CaseState => {
  const state = completeState();
  return { ...state, expertSupport: { ...state.expertSupport!, ...patch } };
};

const rule = (result: ReturnType<typeof buildNavApplication>, code: EligibilityCode) => {
  const found = result.eligibility.find((r) => r.code === code);
  if (!found) throw new Error(`no rule ${code}`);
  return found;
};

describe('buildNavApplication: a complete case', () => {
  const result = buildNavApplication(completeInput(), TODAY, DEFAULT_RULES);

  it('fills every field of NAV form from the case, in NAV field names', () => {
    expect(isValidNationalId(FNR)).toBe(true);
    expect(result.application).toEqual({
      virksomhet: {
        virksomhetsnummer: '974760673',
        virksomhetsnavn: 'Eksempel Omsorg AS',
        kontaktperson: { navn: 'Lars Øvrebø', epost: 'lars.ovrebo@eksempel.no', telefonnummer: '91234567' },
      },
      ansatt: { fnr: FNR, navn: 'Kari Nordmann' },
      ekspert: { navn: 'Kari Nordmann', virksomhet: 'Arbeidshelse AS', kompetanse: 'Psykolog, autorisasjon HPR' },
      behovForBistand: {
        begrunnelse: 'Saksbehandler i kundeteam, full stilling; høyt tempo og uklare prioriteringer',
        behov: 'Kartlegging av arbeidssituasjonen og råd om tilrettelegging',
        tilrettelegging: 'Prioriteringsmøter, redusert kundekontakt, samtaler med BHT',
        timer: 10,
        estimertKostnad: 15_000,
        startdato: '2026-03-20',
      },
      nav: { kontaktperson: 'Ola Veileder, NAV Arbeidslivssenter' },
    });
  });

  it('misses nothing', () => {
    expect(result.missing).toEqual([]);
  });

  it('meets every eligibility rule, in a fixed order', () => {
    expect(result.eligibility.map((r) => [r.code, r.met])).toEqual(ELIGIBILITY_CODES.map((code) => [code, true]));
    expect(isEligible(result.eligibility)).toBe(true);
    expect(result.eligibility.filter((r) => !r.blocking).map((r) => r.code)).toEqual(['cost_within_grant_cap']);
  });

  it('explains with the numbers it judged by', () => {
    expect(rule(result, 'absence_or_risk').explanationNb).toContain('fraværet har vart i 63 dager (grense: 56)');
    expect(rule(result, 'cost_within_grant_cap').explanationNb).toBe(
      'Anslått kostnad 15 000 kr er innenfor NAVs tilskuddsgrense på 23 100 kr.',
    );
    for (const r of result.eligibility) expect(r.explanationNb).toMatch(/^[A-ZÆØÅ0-9].*\.$/);
  });
});

describe('buildNavApplication: each missing field with its reason', () => {
  it.each([
    ['no organisation details', { organisation: null }, ['virksomhet.virksomhetsnummer', 'virksomhet.virksomhetsnavn'], "The organisation's details (name and organisation number) are not set", 'PUT /api/organisation'],
    ['no leader user', { contact: null }, ['virksomhet.kontaktperson.navn', 'virksomhet.kontaktperson.epost', 'virksomhet.kontaktperson.telefonnummer'], "The case's leader, NAV's contact person, is not a known user", 'POST /api/users'],
    ['a leader without phone', { contact: { name: 'Lars Øvrebø', email: 'lars@eksempel.no', phone: null } }, ['virksomhet.kontaktperson.telefonnummer'], "The case's leader, NAV's contact person, was registered without a phone number", 'POST /api/users'],
    ['an employee without national id', { employee: { name: 'Kari Nordmann', nationalId: null, status: 'active' as const } }, ['ansatt.fnr'], 'The employee was registered without a national id', 'POST /api/employees with nationalId'],
    ['no employee', { employee: null }, ['ansatt.fnr', 'ansatt.navn'], "The case's employee is not registered", 'POST /api/employees'],
  ] as const)('%s', (_name, overrides, fields, reason, fill) => {
    const { missing, application } = buildNavApplication(completeInput(overrides as Partial<NavApplicationInput>), TODAY);
    expect(missing.map((m) => m.field)).toEqual(fields);
    for (const m of missing) {
      expect(m).toMatchObject({ problem: 'missing', reason });
      expect(m.fill).toContain(fill);
      expect(m.reasonNb).toMatch(/^[A-ZÆØÅ].*\.$/);
    }
    for (const field of fields) {
      const value = field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], application);
      expect(value).toBeNull();
    }
  });

  it('a case without an expert-support request misses all ten request fields', () => {
    const { expertSupport: _none, ...state } = completeState();
    const { missing } = buildNavApplication(completeInput({ state }), TODAY);
    expect(missing.map((m) => m.field)).toEqual(NAV_APPLICATION_FIELDS.filter((f) => /^(ekspert|behovForBistand|nav)\./.test(f)));
    for (const m of missing) {
      expect(m.reason).toMatch(/^No expert-support request is recorded in the case/);
      expect(m.fill).toBe('POST /api/cases/:id/expert-support');
    }
  });

  it('an erased employee (null name): missing with reason "erased", nothing can fill it', () => {
    const { missing, application } = buildNavApplication(
      completeInput({ employee: { name: null, nationalId: null, status: 'erased' } }),
      TODAY,
    );
    expect(application.ansatt).toEqual({ fnr: null, navn: null });
    expect(missing.map((m) => m.field)).toEqual(['ansatt.fnr', 'ansatt.navn']);
    for (const m of missing) {
      expect(m.reason).toContain('erased');
      expect(m.reasonNb).toContain('slettet');
      expect(m.fill).toBeNull();
    }
  });

  it('an erased employee known only by a null name (no status) is erased too', () => {
    const { missing } = buildNavApplication(completeInput({ employee: { name: null, nationalId: FNR } }), TODAY);
    expect(missing.map((m) => [m.field, m.fill])).toEqual([
      ['ansatt.fnr', null],
      ['ansatt.navn', null],
    ]);
  });

  it("the request's free text erased with the employee is reported as erased", () => {
    const state = withRequest({ expert: { name: null, company: null, competence: null }, reason: null, need: null, accommodationTried: null, navContact: null });
    const { missing } = buildNavApplication(completeInput({ state, employee: { name: null, nationalId: null, status: 'erased' } }), TODAY);
    const requestFields = missing.filter((m) => !m.field.startsWith('ansatt.'));
    expect(requestFields.map((m) => m.field)).toEqual([
      'ekspert.navn',
      'ekspert.virksomhet',
      'ekspert.kompetanse',
      'behovForBistand.begrunnelse',
      'behovForBistand.behov',
      'behovForBistand.tilrettelegging',
      'nav.kontaktperson',
    ]);
    for (const m of requestFields) expect(m.reason).toContain('erased');
  });

  it('reads the store\'s { $erased: true } marker as not known', () => {
    const employee = { name: { $erased: true } as never, nationalId: { $erased: true } as never };
    const { application, missing } = buildNavApplication(completeInput({ employee }), TODAY);
    expect(application.ansatt).toEqual({ fnr: null, navn: null });
    expect(missing.every((m) => m.reason.includes('erased'))).toBe(true);
  });
});

describe("buildNavApplication: NAV's field rules", () => {
  it.each([
    ['an 8-digit organisation number', { organisation: { name: 'X AS', orgNumber: '97476067' } }, 'virksomhet.virksomhetsnummer', 'must be 9 digits'],
    ['a wrong check digit', { organisation: { name: 'X AS', orgNumber: '974760674' } }, 'virksomhet.virksomhetsnummer', 'check digit'],
    ['a 7-digit phone', { contact: { name: 'L', email: 'l@x.no', phone: '9123456' } }, 'virksomhet.kontaktperson.telefonnummer', 'must be 8 digits'],
    ['a phone with a country code', { contact: { name: 'L', email: 'l@x.no', phone: '+4791234567' } }, 'virksomhet.kontaktperson.telefonnummer', 'must be 8 digits'],
    ['an invalid e-mail', { contact: { name: 'L', email: 'lars@eksempel', phone: '91234567' } }, 'virksomhet.kontaktperson.epost', 'e-mail address is not valid'],
    ['a 10-digit national id', { employee: { name: 'K', nationalId: '1507650056' } }, 'ansatt.fnr', 'must be 11 digits'],
    ['a national id with a wrong check digit', { employee: { name: 'K', nationalId: '15076500566' } }, 'ansatt.fnr', 'not a valid fødselsnummer'],
    ['0 hours', { state: withRequest({ hours: 0 }) }, 'behovForBistand.timer', 'whole number greater than 0'],
    ['2.5 hours', { state: withRequest({ hours: 2.5 }) }, 'behovForBistand.timer', 'whole number greater than 0'],
    ['a negative cost', { state: withRequest({ estimatedCost: -1 }) }, 'behovForBistand.estimertKostnad', 'between 0 and 100000'],
    ['a cost above the form limit', { state: withRequest({ estimatedCost: 100_001 }) }, 'behovForBistand.estimertKostnad', 'between 0 and 100000'],
    ['a start date in the past', { state: withRequest({ startDate: '2026-03-09' }) }, 'behovForBistand.startdato', 'The start date 2026-03-09 has passed (today is 2026-03-10)'],
  ] as const)('%s is invalid', (_name, overrides, field, reason) => {
    const { missing } = buildNavApplication(completeInput(overrides as Partial<NavApplicationInput>), TODAY);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ field, problem: 'invalid' });
    expect(missing[0].reason).toContain(reason);
    expect(missing[0].fill).toBeTruthy();
  });

  it.each([
    ['the start date today', { state: withRequest({ startDate: TODAY }) }],
    ['a cost of 0', { state: withRequest({ estimatedCost: 0 }) }],
    ['a cost of exactly 100 000', { state: withRequest({ estimatedCost: 100_000 }) }],
    ['a d-nummer', { employee: { name: 'K', nationalId: '55076500044' } }],
  ] as const)('%s is valid', (_name, overrides) => {
    const input = completeInput(overrides as Partial<NavApplicationInput>);
    if (input.employee?.nationalId !== FNR && input.employee?.nationalId) {
      expect(isValidNationalId(input.employee.nationalId)).toBe(true);
    }
    expect(buildNavApplication(input, TODAY).missing).toEqual([]);
  });

  it("takes the form's cost limit from the rules", () => {
    const { missing } = buildNavApplication(completeInput({ state: withRequest({ estimatedCost: 60_000 }) }), TODAY, {
      ...DEFAULT_RULES,
      maxEstimatedCost: 50_000,
    });
    expect(missing.map((m) => m.field)).toEqual(['behovForBistand.estimertKostnad']);
  });
});

describe('eligibility: absence_or_risk', () => {
  const absence = (from: string, to?: string, kind: AbsenceState['kind'] = 'sick_note'): AbsenceState => ({
    id: `${from}-${to}`,
    from,
    ...(to ? { to } : {}),
    grade: 100,
    kind,
    recordedAt: '2026-01-01T00:00:00Z',
    recordedBy: 'hr',
  });
  const judged = (absences: AbsenceState[], risks = 0, rules = DEFAULT_RULES, today = TODAY) => {
    const base = completeState();
    const state = { ...base, absences, risks: base.risks.slice(0, risks) };
    return rule(buildNavApplication(completeInput({ state }), today, rules), 'absence_or_risk');
  };

  it.each([
    ['56 days up to today (open since 14 January)', true, [absence('2026-01-14')]],
    ['55 days up to today', false, [absence('2026-01-15')]],
    ['56 days, ended', true, [absence('2025-06-01', '2025-07-26')]],
    ['55 days, ended', false, [absence('2025-06-01', '2025-07-25')]],
    ['two spells 10 days apart forming a 60-day period', true, [absence('2026-01-01', '2026-01-20'), absence('2026-01-31', '2026-03-01')]],
    ['a future end counts only up to today', false, [absence('2026-01-20', '2026-12-31')]],
    ['no absence', false, []],
  ])('long absence: %s -> met %p', (_name, met, absences) => {
    expect(judged(absences).met).toBe(met);
  });

  it('names the days and the limit', () => {
    expect(judged([absence('2026-01-14')]).explanationNb).toContain('fraværet har vart i 56 dager (grense: 56)');
    expect(judged([]).explanationNb).toContain('ingen fravær er registrert');
  });

  const sixShortSpells = (firstFrom: string) => [
    absence(firstFrom, firstFrom),
    absence('2024-01-10', '2024-01-12'),
    absence('2024-06-10', '2024-06-12'),
    absence('2025-01-10', '2025-01-12'),
    absence('2025-06-10', '2025-06-12'),
    absence('2025-12-10', '2025-12-12'),
  ];

  it.each([
    // The 36-month window on 2026-03-10 is 2023-03-11 .. 2026-03-10.
    ['the oldest spell ends the day before the window', false, 5, [absence('2023-03-01', '2023-03-10'), ...sixShortSpells('2024-01-01').slice(1)]],
    ['the oldest spell ends on the first day of the window', true, 6, [absence('2023-03-01', '2023-03-11'), ...sixShortSpells('2024-01-01').slice(1)]],
    ['six spells inside the window', true, 6, sixShortSpells('2023-03-11')],
  ])('recurring absence: %s -> met %p (%i counted)', (_name, met, counted, absences) => {
    const result = judged(absences);
    expect(result.met).toBe(met);
    expect(result.explanationNb).toContain(`${counted} sykmeldinger de siste 36 månedene (grense for gjentakende fravær: 6)`);
  });

  it('counts self-certified spells only when the rules say so', () => {
    const absences = [absence('2025-01-01', '2025-01-02', 'self_certified'), ...sixShortSpells('2024-01-01').slice(1)];
    expect(judged(absences).met).toBe(false);
    const counted = judged(absences, 0, { ...DEFAULT_RULES, recurringAbsenceCountsSelfCertified: true });
    expect(counted.met).toBe(true);
    expect(counted.explanationNb).toContain('6 fravær de siste 36 månedene');
  });

  it('follows a configured internal trigger (3 spells in 12 months)', () => {
    const rules = { ...DEFAULT_RULES, recurringAbsenceSpells: 3, recurringAbsenceMonths: 12 };
    // The 12-month window on 2026-03-10 is 2025-03-11 .. 2026-03-10.
    const absences = [absence('2025-03-09', '2025-03-10'), absence('2025-06-10', '2025-06-12'), absence('2025-12-10', '2025-12-12')];
    expect(judged(absences, 0, rules).met).toBe(false); // the first ends the day before the window
    expect(judged([absence('2025-03-11', '2025-03-12'), ...absences.slice(1)], 0, rules).met).toBe(true);
  });

  it('a documented risk is enough without absence', () => {
    const result = judged([], 1);
    expect(result.met).toBe(true);
    expect(result.explanationNb).toContain('1 risiko er registrert i saken');
  });

  it('the long-absence limit is configurable', () => {
    expect(judged([absence('2026-02-10')], 0, { ...DEFAULT_RULES, longAbsenceDays: 28 }).met).toBe(true);
    expect(judged([absence('2026-02-10')]).met).toBe(false);
  });

  it('absenceFacts gives the window start by calendar months', () => {
    expect(absenceFacts({ absences: [], risks: [] }, '2026-03-10', DEFAULT_RULES).windowStart).toBe('2023-03-11');
    expect(subtractMonths('2026-03-31', 1)).toBe('2026-02-28');
    expect(subtractMonths('2024-02-29', 12)).toBe('2023-02-28');
    expect(subtractMonths('2026-01-15', 1)).toBe('2025-12-15');
  });
});

describe('eligibility: the other rules, on and off', () => {
  const judge = (state: CaseState, rules = DEFAULT_RULES) => buildNavApplication(completeInput({ state }), TODAY, rules);

  it('ordinary_measures_tried needs an action both completed and evaluated', () => {
    const base = completeState();
    const action = base.actions[0];
    const cases: [CaseState, boolean][] = [
      [base, true],
      [{ ...base, actions: [{ ...action, evaluations: [] }] }, false],
      [{ ...base, actions: [{ ...action, completion: undefined, evaluations: [] }] }, false],
      [{ ...base, actions: [] }, false],
    ];
    for (const [state, met] of cases) expect(rule(judge(state), 'ordinary_measures_tried').met).toBe(met);
    expect(rule(judge(cases[1][0]), 'ordinary_measures_tried').explanationNb).toContain('avtalt: 1, gjennomført: 1');
  });

  it.each([
    [['employee', 'employer'], true, 'Både arbeidstakeren og arbeidsgiveren'],
    [['employee'], false, 'mangler fra arbeidsgiveren'],
    [['employer'], false, 'mangler fra arbeidstakeren'],
    [[], false, 'mangler fra arbeidstakeren og arbeidsgiveren'],
  ] as const)('consents %j -> %p', (parties, met, text) => {
    const base = completeState();
    const state = { ...base, consents: base.consents.filter((c) => (parties as readonly string[]).includes(c.party)) };
    const r = rule(judge(state), 'consents');
    expect(r.met).toBe(met);
    expect(r.explanationNb).toContain(text);
  });

  it('expert_fields_complete is off without a request or with an empty field', () => {
    const { expertSupport: _none, ...noRequest } = completeState();
    expect(rule(judge(noRequest), 'expert_fields_complete').met).toBe(false);
    const r = rule(judge(withRequest({ navContact: null })), 'expert_fields_complete');
    expect(r.met).toBe(false);
    expect(r.explanationNb).toBe('Det mangler 1 opplysning: hvem hos NAV behovet er drøftet med.');
  });

  it.each([
    ['2026-03-11', true],
    [TODAY, true],
    ['2026-03-09', false],
  ])('start_date_not_passed with start %s -> %p', (startDate, met) => {
    const r = rule(judge(withRequest({ startDate })), 'start_date_not_passed');
    expect(r).toMatchObject({ met, blocking: true });
  });

  it('start_date_not_passed is off without a request', () => {
    const { expertSupport: _none, ...state } = completeState();
    expect(rule(judge(state), 'start_date_not_passed').met).toBe(false);
  });

  it.each([
    [23_100, true],
    [23_101, false],
    [40_000, false],
  ])('cost_within_grant_cap with %i kr -> %p (a warning, not blocking)', (estimatedCost, met) => {
    const result = judge(withRequest({ estimatedCost }));
    expect(rule(result, 'cost_within_grant_cap')).toMatchObject({ met, blocking: false });
    expect(isEligible(result.eligibility)).toBe(true);
  });

  it('says the cost above the cap is the employer’s', () => {
    expect(rule(judge(withRequest({ estimatedCost: 30_000 })), 'cost_within_grant_cap').explanationNb).toBe(
      'Anslått kostnad 30 000 kr er over NAVs tilskuddsgrense på 23 100 kr; arbeidsgiveren betaler selv de 6 900 kr som overstiger.',
    );
  });

  it('takes the grant cap from the rules', () => {
    const result = judge(withRequest({ estimatedCost: 24_000 }), { ...DEFAULT_RULES, expertSupportGrantCap: 24_000 });
    expect(rule(result, 'cost_within_grant_cap').met).toBe(true);
  });

  it('isEligible is false when any blocking rule fails', () => {
    const base = completeState();
    const result = judge({ ...base, consents: [] });
    expect(isEligible(result.eligibility)).toBe(false);
  });
});
