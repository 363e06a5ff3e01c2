/**
 * The code lists shared by the API, the events and the read models (shared/design.md).
 * Codes are English and stable: they are stored in events, so a code is never renamed,
 * only added. The console and the timeline show the Norwegian labels below.
 */

/** True when `value` is one of the codes of `list`. */
export function isCode<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const CASE_KINDS = ['psychosocial', 'absence', 'combined'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The psychosocial factors of arbeidsmiljøloven § 4-3 (from 1 January 2026), plus `other`. */
export const RISK_FACTORS = [
  'unclear_demands',
  'emotional_demands',
  'workload',
  'support',
  'integrity_dignity',
  'communication',
  'harassment',
  'violence_threats',
  'other',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RISK_SOURCES = ['pulse_survey', 'conversation', 'complaint', 'observation', 'safety_round', 'other'] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];

export const PARTICIPANTS = [
  'employee',
  'leader',
  'hr',
  'safety_rep',
  'occupational_health',
  'union_rep',
  'other',
] as const;
export type Participant = (typeof PARTICIPANTS)[number];

export const ABSENCE_KINDS = ['sick_note', 'self_certified'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export const CONSENT_PARTIES = ['employee', 'employer'] as const;
export type ConsentParty = (typeof CONSENT_PARTIES)[number];

export const CONSENT_SCOPES = ['expert_support'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const EVALUATION_EFFECTS = ['effective', 'partly_effective', 'not_effective'] as const;
export type EvaluationEffect = (typeof EVALUATION_EFFECTS)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

// Norwegian (bokmål) labels. `Record<Code, string>` makes the compiler demand a label for
// every code, so a new code cannot reach the console unlabelled.

export const CASE_KIND_LABELS_NB: Record<CaseKind, string> = {
  psychosocial: 'Psykososialt arbeidsmiljø',
  absence: 'Sykefraværsoppfølging',
  combined: 'Psykososialt arbeidsmiljø og sykefravær',
};

export const FACTOR_LABELS_NB: Record<RiskFactor, string> = {
  unclear_demands: 'Uklare eller motstridende krav og forventninger',
  emotional_demands: 'Emosjonelle krav og belastninger i arbeid med mennesker',
  workload: 'Arbeidsmengde og tidspress',
  support: 'Støtte og hjelp i arbeidet',
  integrity_dignity: 'Integritet og verdighet',
  communication: 'Kontakt og kommunikasjon med kolleger',
  harassment: 'Trakassering og annen utilbørlig opptreden',
  violence_threats: 'Vold, trusler og uheldige belastninger',
  other: 'Annet',
};

export const SEVERITY_LABELS_NB: Record<Severity, string> = {
  low: 'Lav',
  medium: 'Middels',
  high: 'Høy',
};

export const SOURCE_LABELS_NB: Record<RiskSource, string> = {
  pulse_survey: 'Pulsmåling',
  conversation: 'Samtale',
  complaint: 'Klage eller varsel',
  observation: 'Observasjon',
  safety_round: 'Vernerunde',
  other: 'Annet',
};

export const PARTICIPANT_LABELS_NB: Record<Participant, string> = {
  employee: 'Arbeidstaker',
  leader: 'Nærmeste leder',
  hr: 'HR',
  safety_rep: 'Verneombud',
  occupational_health: 'Bedriftshelsetjenesten',
  union_rep: 'Tillitsvalgt',
  other: 'Annen',
};

export const ABSENCE_KIND_LABELS_NB: Record<AbsenceKind, string> = {
  sick_note: 'Sykmelding',
  self_certified: 'Egenmelding',
};

export const CONSENT_PARTY_LABELS_NB: Record<ConsentParty, string> = {
  employee: 'Arbeidstaker',
  employer: 'Arbeidsgiver',
};

export const CONSENT_SCOPE_LABELS_NB: Record<ConsentScope, string> = {
  expert_support: 'Søknad om tilskudd til ekspertbistand',
};

export const EFFECT_LABELS_NB: Record<EvaluationEffect, string> = {
  effective: 'Virket',
  partly_effective: 'Virket delvis',
  not_effective: 'Virket ikke',
};

export const STATUS_LABELS_NB: Record<CaseStatus, string> = {
  open: 'Åpen',
  closed: 'Avsluttet',
};

/** Statutory sick-leave deadlines (shared/design.md), counted from an absence period's first day. */
export const STATUTORY_DEADLINE_CODES = [
  'employer_period_end',
  'follow_up_plan',
  'dialogue_meeting_1',
  'activity_requirement',
  'follow_up_plan_update',
  'dialogue_meeting_2',
  'max_sick_pay',
] as const;
export type StatutoryDeadlineCode = (typeof STATUTORY_DEADLINE_CODES)[number];
export type DeadlineCode = StatutoryDeadlineCode | 'action_due';

export const DEADLINE_STATUSES = ['upcoming', 'due_soon', 'overdue', 'met', 'not_applicable'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const DEADLINE_LABELS_NB: Record<DeadlineCode, string> = {
  employer_period_end: 'Arbeidsgiverperioden slutter',
  follow_up_plan: 'Oppfølgingsplan',
  dialogue_meeting_1: 'Dialogmøte 1',
  activity_requirement: 'Aktivitetskrav',
  follow_up_plan_update: 'Oppdatert oppfølgingsplan',
  dialogue_meeting_2: 'Dialogmøte 2',
  max_sick_pay: 'Maksdato for sykepenger',
  action_due: 'Frist for tiltak',
};

export const DEADLINE_STATUS_LABELS_NB: Record<DeadlineStatus, string> = {
  upcoming: 'Kommer',
  due_soon: 'Snart frist',
  overdue: 'Fristen er passert',
  met: 'Oppfylt',
  not_applicable: 'Ikke aktuell',
};
