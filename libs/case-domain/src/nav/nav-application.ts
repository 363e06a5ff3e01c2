import { CONSENT_PARTIES, type ConsentParty } from '../codes';
import { addDays, daysInclusive, type IsoDate } from '../dates';
import type { CaseState, PersonalText } from '../case/case-state';
import { personalText } from '../events/personal-fields';
import { DEFAULT_RULES, type CaseRules } from '../rules';
import { formatDateNb, formatNok, joinNb } from '../timeline/format-nb';
import { isValidNationalId } from '../validation/national-id';
import { isValidOrgNumber } from '../validation/org-number';
import { absencePeriods } from '../deadlines/absence-periods';

/**
 * NAV's application for the grant for expert assistance (tilskudd til ekspertbistand), filled
 * from a case, with what is still missing and NAV's eligibility rules (shared/domain.md
 * "The fields of NAV's application form" and "NAV tilskudd til ekspertbistand"). Pure: the
 * caller loads the organisation, the employee and the case's leader and passes today.
 */

/** NAV's groups and field names (navikt/ekspertbistand); null where not known. */
export interface NavApplication {
  virksomhet: {
    virksomhetsnummer: string | null;
    virksomhetsnavn: string | null;
    kontaktperson: { navn: string | null; epost: string | null; telefonnummer: string | null };
  };
  ansatt: { fnr: string | null; navn: string | null };
  ekspert: { navn: string | null; virksomhet: string | null; kompetanse: string | null };
  behovForBistand: {
    begrunnelse: string | null;
    behov: string | null;
    tilrettelegging: string | null;
    timer: number | null;
    estimertKostnad: number | null;
    startdato: IsoDate | null;
  };
  nav: { kontaktperson: string | null };
}

/** Every field of the form as a dot path, in the form's order. */
export const NAV_APPLICATION_FIELDS = [
  'virksomhet.virksomhetsnummer',
  'virksomhet.virksomhetsnavn',
  'virksomhet.kontaktperson.navn',
  'virksomhet.kontaktperson.epost',
  'virksomhet.kontaktperson.telefonnummer',
  'ansatt.fnr',
  'ansatt.navn',
  'ekspert.navn',
  'ekspert.virksomhet',
  'ekspert.kompetanse',
  'behovForBistand.begrunnelse',
  'behovForBistand.behov',
  'behovForBistand.tilrettelegging',
  'behovForBistand.timer',
  'behovForBistand.estimertKostnad',
  'behovForBistand.startdato',
  'nav.kontaktperson',
] as const;
export type NavApplicationField = (typeof NAV_APPLICATION_FIELDS)[number];

/** One field that is empty (`missing`) or breaks a rule of NAV's form (`invalid`). */
export interface NavFieldProblem {
  field: NavApplicationField;
  problem: 'missing' | 'invalid';
  /** Why, in English, precisely enough to act on. */
  reason: string;
  /** The same in Norwegian, for the console. */
  reasonNb: string;
  /** The API call that fills or corrects the field; null when nothing can (erased data). */
  fill: string | null;
}

export const ELIGIBILITY_CODES = [
  'absence_or_risk',
  'ordinary_measures_tried',
  'consents',
  'expert_fields_complete',
  'start_date_not_passed',
  'cost_within_grant_cap',
] as const;
export type EligibilityCode = (typeof ELIGIBILITY_CODES)[number];

/** One of NAV's conditions for the grant. A `blocking` rule that is not met stops the application. */
export interface EligibilityRule {
  code: EligibilityCode;
  met: boolean;
  blocking: boolean;
  /** For an HR adviser, in Norwegian, naming the numbers it was judged by. */
  explanationNb: string;
}

export const ELIGIBILITY_LABELS_NB: Record<EligibilityCode, string> = {
  absence_or_risk: 'Langvarig eller gjentakende sykefravær, eller risiko for det',
  ordinary_measures_tried: 'Ordinære tiltak er prøvd',
  consents: 'Arbeidstaker og arbeidsgiver ønsker bistanden',
  expert_fields_complete: 'Opplysninger om eksperten og behovet er fylt ut',
  start_date_not_passed: 'Startdatoen er ikke passert',
  cost_within_grant_cap: 'Kostnaden er innenfor tilskuddsgrensen',
};

/** What `buildNavApplication` needs besides the case. */
export interface NavApplicationInput {
  /** The organisation's details (PUT /api/organisation); null when not set. */
  organisation: { name: string | null; orgNumber: string | null } | null;
  /**
   * The case's employee (`EmployeeState` fits); null when not found. `name` is required at
   * registration, so a null name means the employee was erased, as does `status: 'erased'`.
   */
  employee: { name: PersonalText; nationalId: PersonalText; status?: 'empty' | 'active' | 'erased' } | null;
  /** The case's leader, NAV's kontaktperson (a user); null when not found. */
  contact: { name: string | null; email: string | null; phone?: string | null } | null;
  state: CaseState;
}

export interface NavApplicationResult {
  application: NavApplication;
  missing: NavFieldProblem[];
  eligibility: EligibilityRule[];
}

/** The rules `buildNavApplication` reads (`CaseRules` fits). */
export type NavRules = Pick<
  CaseRules,
  | 'maxEstimatedCost'
  | 'longAbsenceDays'
  | 'recurringAbsenceSpells'
  | 'recurringAbsenceMonths'
  | 'recurringAbsenceCountsSelfCertified'
  | 'expertSupportGrantCap'
>;

/** True when every blocking rule is met (warnings such as the grant cap do not count). */
export function isEligible(eligibility: readonly EligibilityRule[]): boolean {
  return eligibility.every((rule) => rule.met || !rule.blocking);
}

const EXPERT_SUPPORT_ROUTE = 'POST /api/cases/:id/expert-support';
const ORGANISATION_ROUTE = 'PUT /api/organisation with name and orgNumber';
// No route edits a user yet, so the leader's contact details come from their user.
const USER_ROUTE = 'POST /api/users with name, email and phone (no route edits a user yet: the leader needs a user with them)';

const ERASED = {
  reason: "The employee's personal data was erased (GDPR art. 17); erased data cannot be restored",
  reasonNb: 'Arbeidstakerens personopplysninger er slettet (GDPR art. 17) og kan ikke hentes tilbake.',
};

/** The request fields: English and Norwegian names, for reasons. */
const REQUEST_FIELDS = {
  'ekspert.navn': ["the expert's name", 'ekspertens navn'],
  'ekspert.virksomhet': ["the expert's company", 'ekspertens virksomhet'],
  'ekspert.kompetanse': ["the expert's competence or authorisation", 'ekspertens kompetanse eller autorisasjon'],
  'behovForBistand.begrunnelse': ["the employee's work situation and what is difficult (reason)", 'arbeidssituasjonen og hva som er vanskelig (begrunnelse)'],
  'behovForBistand.behov': ['what the expert shall help with (need)', 'hva eksperten skal bistå med (behov)'],
  'behovForBistand.tilrettelegging': ['the follow-up and accommodation already tried (accommodationTried)', 'oppfølging og tilrettelegging som er prøvd'],
  'behovForBistand.timer': ['the number of hours (hours)', 'antall timer'],
  'behovForBistand.estimertKostnad': ['the estimated cost (estimatedCost)', 'anslått kostnad'],
  'behovForBistand.startdato': ['the start date (startDate)', 'startdato'],
  'nav.kontaktperson': ['who at NAV the need was discussed with (navContact)', 'hvem hos NAV behovet er drøftet med'],
} as const satisfies Partial<Record<NavApplicationField, readonly [string, string]>>;
type RequestField = keyof typeof REQUEST_FIELDS;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(value: unknown): string | null {
  const s = personalText(value);
  return s !== null && s.trim() !== '' ? s : null;
}

function get(application: NavApplication, field: NavApplicationField): unknown {
  return field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], application);
}

/**
 * Fills NAV's form from the case and says, for every empty or invalid field, why and which
 * API call fills it; then judges NAV's conditions (see `eligibilityRules`).
 */
export function buildNavApplication(
  input: NavApplicationInput,
  today: IsoDate,
  rules: NavRules = DEFAULT_RULES,
): NavApplicationResult {
  const { organisation, employee, contact, state } = input;
  const request = state.expertSupport;
  const employeeErased = employee !== null && (employee.status === 'erased' || personalText(employee.name) === null);

  const application: NavApplication = {
    virksomhet: {
      virksomhetsnummer: text(organisation?.orgNumber),
      virksomhetsnavn: text(organisation?.name),
      kontaktperson: { navn: text(contact?.name), epost: text(contact?.email), telefonnummer: text(contact?.phone) },
    },
    ansatt: { fnr: employeeErased ? null : text(employee?.nationalId), navn: employeeErased ? null : text(employee?.name) },
    ekspert: {
      navn: text(request?.expert.name),
      virksomhet: text(request?.expert.company),
      kompetanse: text(request?.expert.competence),
    },
    behovForBistand: {
      begrunnelse: text(request?.reason),
      behov: text(request?.need),
      tilrettelegging: text(request?.accommodationTried),
      timer: typeof request?.hours === 'number' ? request.hours : null,
      estimertKostnad: typeof request?.estimatedCost === 'number' ? request.estimatedCost : null,
      startdato: request?.startDate ?? null,
    },
    nav: { kontaktperson: text(request?.navContact) },
  };

  const missing: NavFieldProblem[] = [];
  const absent = (field: NavApplicationField, reason: string, reasonNb: string, fill: string | null) =>
    missing.push({ field, problem: 'missing', reason, reasonNb, fill });
  const invalid = (field: NavApplicationField, reason: string, reasonNb: string, fill: string | null) =>
    missing.push({ field, problem: 'invalid', reason, reasonNb, fill });

  for (const field of NAV_APPLICATION_FIELDS) {
    const value = get(application, field);
    if (value !== null) continue;
    if (field === 'virksomhet.virksomhetsnummer' || field === 'virksomhet.virksomhetsnavn') {
      const what = field === 'virksomhet.virksomhetsnummer' ? ['organisation number', 'organisasjonsnummer'] : ['name', 'navn'];
      absent(
        field,
        organisation === null ? "The organisation's details (name and organisation number) are not set" : `The organisation has no ${what[0]}`,
        organisation === null ? 'Virksomhetens navn og organisasjonsnummer er ikke registrert.' : `Virksomhetens ${what[1]} er ikke registrert.`,
        ORGANISATION_ROUTE,
      );
    } else if (field.startsWith('virksomhet.kontaktperson.')) {
      const [en, nb] = {
        'virksomhet.kontaktperson.navn': ['name', 'navn'],
        'virksomhet.kontaktperson.epost': ['e-mail address', 'e-postadresse'],
        'virksomhet.kontaktperson.telefonnummer': ['phone number', 'telefonnummer'],
      }[field as 'virksomhet.kontaktperson.navn'];
      if (contact === null) {
        absent(
          field,
          "The case's leader, NAV's contact person, is not a known user",
          'Sakens nærmeste leder, som er kontaktperson overfor NAV, finnes ikke som bruker.',
          USER_ROUTE,
        );
      } else {
        absent(
          field,
          `The case's leader, NAV's contact person, was registered without a ${en}`,
          `Sakens nærmeste leder, som er kontaktperson overfor NAV, er registrert uten ${nb}.`,
          USER_ROUTE,
        );
      }
    } else if (field === 'ansatt.fnr' || field === 'ansatt.navn') {
      if (employee === null) {
        absent(field, "The case's employee is not registered", 'Arbeidstakeren i saken er ikke registrert.', 'POST /api/employees');
      } else if (employeeErased) {
        absent(field, ERASED.reason, ERASED.reasonNb, null);
      } else if (field === 'ansatt.fnr') {
        absent(
          field,
          'The employee was registered without a national id',
          'Arbeidstakeren er registrert uten fødselsnummer eller d-nummer.',
          'POST /api/employees with nationalId (register the employee again)',
        );
      } else {
        absent(field, 'The employee was registered without a name', 'Arbeidstakeren er registrert uten navn.', 'POST /api/employees with name (register the employee again)');
      }
    } else {
      const [en, nb] = REQUEST_FIELDS[field as RequestField];
      if (!request) {
        absent(
          field,
          `No expert-support request is recorded in the case, so ${en} is not known`,
          `Saken har ingen registrert søknad om ekspertbistand, så ${nb} mangler.`,
          EXPERT_SUPPORT_ROUTE,
        );
      } else if (employeeErased) {
        absent(field, `${ERASED.reason} (${en} was stored encrypted with the employee's key)`, ERASED.reasonNb, null);
      } else {
        absent(
          field,
          `The latest expert-support request has no ${en}`,
          `Den siste søknaden om ekspertbistand mangler ${nb}.`,
          `${EXPERT_SUPPORT_ROUTE} (a new request supersedes the old one)`,
        );
      }
    }
  }

  // NAV's field rules for the values that are present.
  const v = application.virksomhet;
  if (v.virksomhetsnummer !== null && !/^\d{9}$/.test(v.virksomhetsnummer)) {
    invalid('virksomhet.virksomhetsnummer', 'The organisation number must be 9 digits', 'Organisasjonsnummeret må ha 9 siffer.', ORGANISATION_ROUTE);
  } else if (v.virksomhetsnummer !== null && !isValidOrgNumber(v.virksomhetsnummer)) {
    invalid(
      'virksomhet.virksomhetsnummer',
      'The organisation number has an invalid check digit (modulus 11)',
      'Organisasjonsnummeret har feil kontrollsiffer.',
      ORGANISATION_ROUTE,
    );
  }
  if (v.kontaktperson.epost !== null && !EMAIL.test(v.kontaktperson.epost)) {
    invalid('virksomhet.kontaktperson.epost', "The contact person's e-mail address is not valid", 'Kontaktpersonens e-postadresse er ikke gyldig.', USER_ROUTE);
  }
  if (v.kontaktperson.telefonnummer !== null && !/^\d{8}$/.test(v.kontaktperson.telefonnummer)) {
    invalid('virksomhet.kontaktperson.telefonnummer', "The contact person's phone number must be 8 digits", 'Kontaktpersonens telefonnummer må ha 8 siffer.', USER_ROUTE);
  }
  const fnr = application.ansatt.fnr;
  if (fnr !== null && !isValidNationalId(fnr)) {
    const elevenDigits = /^\d{11}$/.test(fnr);
    invalid(
      'ansatt.fnr',
      elevenDigits
        ? 'The national id is not a valid fødselsnummer or d-nummer (date or check digits)'
        : 'The national id must be 11 digits',
      elevenDigits ? 'Fødselsnummeret er ikke gyldig (dato eller kontrollsiffer).' : 'Fødselsnummeret må ha 11 siffer.',
      'POST /api/employees with nationalId (register the employee again)',
    );
  }
  const b = application.behovForBistand;
  const newRequest = `${EXPERT_SUPPORT_ROUTE} (a new request supersedes the old one)`;
  if (b.timer !== null && !(Number.isInteger(b.timer) && b.timer > 0)) {
    invalid('behovForBistand.timer', 'The hours must be a whole number greater than 0', 'Antall timer må være et helt tall større enn 0.', newRequest);
  }
  if (b.estimertKostnad !== null && !(b.estimertKostnad >= 0 && b.estimertKostnad <= rules.maxEstimatedCost)) {
    invalid(
      'behovForBistand.estimertKostnad',
      `The estimated cost must be between 0 and ${rules.maxEstimatedCost} NOK (the form's limit)`,
      `Anslått kostnad må være mellom 0 og ${formatNok(rules.maxEstimatedCost)}.`,
      newRequest,
    );
  }
  if (b.startdato !== null && b.startdato < today) {
    invalid(
      'behovForBistand.startdato',
      `The start date ${b.startdato} has passed (today is ${today}): NAV must approve the measure before the expert starts`,
      `Startdatoen ${formatDateNb(b.startdato)} har passert; NAV må godkjenne tiltaket før eksperten starter.`,
      `${EXPERT_SUPPORT_ROUTE} with a later startDate (a new request supersedes the old one)`,
    );
  }

  missing.sort((a, c) => NAV_APPLICATION_FIELDS.indexOf(a.field) - NAV_APPLICATION_FIELDS.indexOf(c.field));
  return { application, missing, eligibility: eligibilityRules(state, application, today, rules) };
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `date` moved back by `months` calendar months, the day clamped to the month's length. */
export function subtractMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The facts `absence_or_risk` is judged by. */
export interface AbsenceFacts {
  /** Calendar days of the longest absence period, counted up to today at most. */
  longestPeriodDays: number;
  /** Spells with at least one day in the window (of the counted kinds). */
  spellsInWindow: number;
  /** The first day of the window: the window is `windowStart`..today, both included. */
  windowStart: IsoDate;
  risks: number;
}

/**
 * Long absence: the longest absence period (spells less than 16 days apart, deadlines/) from
 * its first day to its last day or today, whichever is earlier; periods not yet begun count 0.
 * Recurring absence: spells with at least one day in the last `recurringAbsenceMonths`
 * months: from the day after today minus that many months, to today (2023-03-11..2026-03-10
 * for 36 months on 2026-03-10). Self-certified spells count only when the rules say so.
 */
export function absenceFacts(state: Pick<CaseState, 'absences' | 'risks'>, today: IsoDate, rules: NavRules): AbsenceFacts {
  const begun = state.absences.filter((a) => a.from <= today);
  const longestPeriodDays = absencePeriods(begun).reduce((longest, period) => {
    const last = period.end !== undefined && period.end < today ? period.end : today;
    return Math.max(longest, daysInclusive(period.start, last));
  }, 0);
  const windowStart = addDays(subtractMonths(today, rules.recurringAbsenceMonths), 1);
  const spellsInWindow = begun.filter(
    (a) => (a.kind === 'sick_note' || rules.recurringAbsenceCountsSelfCertified) && (a.to ?? today) >= windowStart,
  ).length;
  return { longestPeriodDays, spellsInWindow, windowStart, risks: state.risks.length };
}

const PARTY_NB: Record<ConsentParty, string> = { employee: 'arbeidstakeren', employer: 'arbeidsgiveren' };

function eligibilityRules(state: CaseState, application: NavApplication, today: IsoDate, rules: NavRules): EligibilityRule[] {
  const result: EligibilityRule[] = [];
  const add = (code: EligibilityCode, met: boolean, explanationNb: string, blocking = true) =>
    result.push({ code, met, blocking, explanationNb });

  // absence_or_risk
  const facts = absenceFacts(state, today, rules);
  const long = facts.longestPeriodDays >= rules.longAbsenceDays;
  const recurring = facts.spellsInWindow >= rules.recurringAbsenceSpells;
  const [one, many] = rules.recurringAbsenceCountsSelfCertified ? ['fravær', 'fravær'] : ['sykmelding', 'sykmeldinger'];
  const longText =
    facts.longestPeriodDays === 0
      ? `ingen fravær er registrert (grense for langvarig fravær: ${rules.longAbsenceDays} dager)`
      : `fraværet har vart i ${count(facts.longestPeriodDays, 'dag', 'dager')} (grense: ${rules.longAbsenceDays})`;
  const recurringText =
    `${count(facts.spellsInWindow, one, many)} de siste ${rules.recurringAbsenceMonths} månedene ` +
    `(grense for gjentakende fravær: ${rules.recurringAbsenceSpells})`;
  const riskText =
    facts.risks === 0 ? 'ingen risiko er registrert i saken' : `${count(facts.risks, 'risiko', 'risikoer')} er registrert i saken`;
  const why = long
    ? 'Langvarig fravær'
    : recurring
      ? 'Gjentakende fravær'
      : facts.risks > 0
        ? 'Risiko for fravær er dokumentert'
        : 'Verken langvarig eller gjentakende fravær eller risiko for det er dokumentert';
  add('absence_or_risk', long || recurring || facts.risks > 0, `${why}: ${longText}; ${recurringText}; ${riskText}.`);

  // ordinary_measures_tried
  const completed = state.actions.filter((a) => a.completion !== undefined);
  const evaluated = completed.filter((a) => a.evaluations.length > 0);
  add(
    'ordinary_measures_tried',
    evaluated.length > 0,
    evaluated.length > 0
      ? `${completed.length} tiltak er gjennomført og ${evaluated.length} av dem evaluert, så ordinære tiltak er prøvd.`
      : `Ingen tiltak er både gjennomført og evaluert (avtalt: ${state.actions.length}, gjennomført: ${completed.length}); NAV krever at ordinære tiltak er prøvd først.`,
  );

  // consents
  const missingParties = CONSENT_PARTIES.filter(
    (party) => !state.consents.some((c) => c.party === party && c.scope === 'expert_support'),
  );
  add(
    'consents',
    missingParties.length === 0,
    missingParties.length === 0
      ? 'Både arbeidstakeren og arbeidsgiveren har samtykket til søknad om ekspertbistand.'
      : `Samtykke til søknad om ekspertbistand mangler fra ${joinNb(missingParties.map((p) => PARTY_NB[p]))}.`,
  );

  // expert_fields_complete
  const emptyFields = (Object.keys(REQUEST_FIELDS) as RequestField[]).filter((field) => get(application, field) === null);
  add(
    'expert_fields_complete',
    emptyFields.length === 0,
    !state.expertSupport
      ? 'Saken har ingen registrert søknad om ekspertbistand, så opplysninger om eksperten og behovet mangler.'
      : emptyFields.length === 0
        ? 'Alle opplysninger om eksperten, behovet og kontaktpersonen hos NAV er fylt ut.'
        : `Det mangler ${count(emptyFields.length, 'opplysning', 'opplysninger')}: ${joinNb(emptyFields.map((f) => REQUEST_FIELDS[f][1]))}.`,
  );

  // start_date_not_passed
  const start = state.expertSupport?.startDate;
  add(
    'start_date_not_passed',
    start !== undefined && start >= today,
    start === undefined
      ? 'Ingen startdato er registrert; tiltaket må godkjennes av NAV før eksperten starter.'
      : start >= today
        ? `Startdatoen ${formatDateNb(start)} er ikke passert (i dag: ${formatDateNb(today)}).`
        : `Startdatoen ${formatDateNb(start)} har passert (i dag: ${formatDateNb(today)}); NAV må godkjenne tiltaket før eksperten starter, så det trengs en ny startdato.`,
  );

  // cost_within_grant_cap: a warning only; costs above the cap are the employer's.
  const cost = state.expertSupport?.estimatedCost;
  const cap = rules.expertSupportGrantCap;
  add(
    'cost_within_grant_cap',
    cost !== undefined && cost <= cap,
    cost === undefined
      ? `Ingen kostnad er anslått ennå (NAVs tilskudd er høyst ${formatNok(cap)} per sak).`
      : cost <= cap
        ? `Anslått kostnad ${formatNok(cost)} er innenfor NAVs tilskuddsgrense på ${formatNok(cap)}.`
        : `Anslått kostnad ${formatNok(cost)} er over NAVs tilskuddsgrense på ${formatNok(cap)}; arbeidsgiveren betaler selv de ${formatNok(cost - cap)} som overstiger.`,
    false,
  );
  return result;
}
