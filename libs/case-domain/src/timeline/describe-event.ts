import {
  CASE_KIND_LABELS_NB,
  FACTOR_LABELS_NB,
  type ConsentParty,
  type ConsentScope,
  type EvaluationEffect,
  type Participant,
  type RiskSource,
  type Severity,
} from '../codes';
import { calendarDate, type IsoDate } from '../dates';
import type { CaseEvent } from '../events/case-events';
import { personalText } from '../events/personal-fields';
import { formatDateNb, formatDateRangeNb, formatNok, joinNb, lowerFirst, oneLine, upperFirst } from './format-nb';

/**
 * One Norwegian sentence per case event, for the case timeline: what happened, who did it and
 * with whom, understandable to someone outside HR (the employee reading their own case, an
 * inspector from Arbeidstilsynet, NAV). Free text erased with the employee's key (null, or the
 * store's `{ $erased: true }`) never breaks a sentence: "et tiltak" instead of «title».
 */

/** The names and lookups a sentence needs; the domain has no users or employees of its own. */
export interface TimelineContext {
  /** Who recorded the event (metadata.actorId resolved to a name). */
  actorName: string;
  /** The case's employee; null when erased or unknown ("arbeidstakeren"). */
  employeeName: string | null;
  /** A user's name (leaders, HR, who is responsible for an action). */
  userName(userId: string): string | undefined;
  /** A risk of the case as a short label (e.g. its factor), for actions that address it. */
  riskLabel?(riskId: string): string | undefined;
  /** An action's title (null when erased), for completion and evaluation events. */
  actionTitle?(actionId: string): string | null | undefined;
  /**
   * When the event occurred (metadata.occurredAt). Dates in the sentence show their year only
   * when it differs from the event's year; without it every date shows its year.
   */
  occurredAt?: string;
  /** True when the actor is the case's leader: "nærmeste leder" is then left out of participants. */
  actorIsLeader?: boolean;
  /** The time zone of `occurredAt`'s calendar year (default Europe/Oslo). */
  timeZone?: string;
}

/** Participants as nouns in a sentence ("med Kari Nordmann, HR og verneombudet"). */
export const PARTICIPANT_NOUNS_NB: Record<Exclude<Participant, 'employee'>, string> = {
  leader: 'nærmeste leder',
  hr: 'HR',
  safety_rep: 'verneombudet',
  occupational_health: 'bedriftshelsetjenesten',
  union_rep: 'tillitsvalgt',
  other: 'andre',
};

const SEVERITY_NB: Record<Severity, string> = { low: 'lav', medium: 'middels', high: 'høy' };

/** Where a risk came to light; `other` says nothing and is left out. */
const SOURCE_NB: Record<RiskSource, string | null> = {
  pulse_survey: 'en pulsmåling',
  conversation: 'en samtale',
  complaint: 'en klage eller et varsel',
  observation: 'en observasjon',
  safety_round: 'en vernerunde',
  other: null,
};

const EFFECT_NB: Record<EvaluationEffect, string> = {
  effective: 'det virket',
  partly_effective: 'det virket delvis',
  not_effective: 'det virket ikke',
};

const CONSENT_PARTY_NB: Record<ConsentParty, string> = { employee: 'Arbeidstakeren', employer: 'Arbeidsgiveren' };
const CONSENT_SCOPE_NB: Record<ConsentScope, string> = { expert_support: 'søknad om ekspertbistand' };

/** A free-text field as a quote, or null when absent or erased. */
function quoted(value: unknown): string | null {
  const text = personalText(value);
  return text !== null && text.trim() !== '' ? `«${oneLine(text)}»` : null;
}

function referenceYear(context: TimelineContext): number | undefined {
  if (!context.occurredAt) return undefined;
  const instant = new Date(context.occurredAt);
  if (Number.isNaN(instant.getTime())) return undefined;
  return Number(calendarDate(instant, context.timeZone ?? 'Europe/Oslo').slice(0, 4));
}

/** Describes one case event in one Norwegian sentence. An unknown type gets a neutral sentence. */
export function describeEvent(event: CaseEvent | { type: string; data?: unknown }, context: TimelineContext): string {
  const actor = context.actorName?.trim() || 'En bruker';
  const employee = context.employeeName?.trim() || 'arbeidstakeren';
  const year = referenceYear(context);
  const date = (d: IsoDate) => formatDateNb(d, year);
  const participants = (list: readonly Participant[]) =>
    joinNb(
      list
        .filter((p) => !(p === 'leader' && context.actorIsLeader))
        .map((p) => (p === 'employee' ? employee : (PARTICIPANT_NOUNS_NB[p] ?? p))),
    );
  const withWhom = (list: readonly Participant[] | undefined) => {
    const names = participants(list ?? []);
    return names ? ` med ${names}` : '';
  };
  const action = (actionId: string) => {
    const title = quoted(context.actionTitle?.(actionId));
    return title ? `tiltaket ${title}` : 'et tiltak';
  };

  const e = event as CaseEvent;
  switch (e.type) {
    case 'CaseOpened': {
      const d = e.data;
      const title = quoted(d.title);
      const kind = CASE_KIND_LABELS_NB[d.kind] ? ` (${lowerFirst(CASE_KIND_LABELS_NB[d.kind])})` : '';
      const leader = context.userName(d.leaderId);
      return `${actor} opprettet ${title ? `saken ${title}` : 'en sak'} om ${employee}${kind}${leader ? `, med ${leader} som nærmeste leder` : ''}.`;
    }
    case 'RiskIdentified': {
      const d = e.data;
      const ownWords = quoted(d.factorText);
      const factor =
        d.factor === 'other' ? (ownWords ?? 'andre forhold') : lowerFirst(FACTOR_LABELS_NB[d.factor] ?? d.factor) + (ownWords ? ` (${ownWords})` : '');
      const source = SOURCE_NB[d.source];
      return `${actor} registrerte en risiko knyttet til ${factor}, med ${SEVERITY_NB[d.severity] ?? d.severity} alvorlighetsgrad${source ? `, oppdaget gjennom ${source}` : ''}.`;
    }
    case 'ActionAgreed': {
      const d = e.data;
      const title = quoted(d.title);
      const responsible = context.userName(d.responsibleId);
      const risks = (d.riskIds ?? [])
        .map((id) => context.riskLabel?.(id))
        .filter((label): label is string => typeof label === 'string' && label !== '');
      return (
        `${actor} avtalte ${title ? `tiltaket ${title}` : 'et tiltak'}${withWhom(d.participants)}, frist ${date(d.dueDate)}` +
        `${responsible && responsible !== actor ? `, ansvarlig ${responsible}` : ''}` +
        `${risks.length > 0 ? ` (gjelder ${joinNb(risks.map(lowerFirst))})` : ''}.`
      );
    }
    case 'ActionCompleted':
      return `${actor} registrerte at ${action(e.data.actionId)} ble gjennomført ${date(e.data.completedOn)}.`;
    case 'ActionEvaluated':
      return `${actor} evaluerte ${action(e.data.actionId)}: ${EFFECT_NB[e.data.effect] ?? 'effekten ble vurdert'}.`;
    case 'AbsenceRecorded': {
      const d = e.data;
      const what = d.kind === 'self_certified' ? 'egenmelding' : `${d.grade} % sykmelding`;
      const when = d.to ? formatDateRangeNb(d.from, d.to, year) : `fra ${date(d.from)}`;
      return `${actor} registrerte ${what} for ${employee} ${when}.`;
    }
    case 'AbsenceEnded':
      return `${actor} registrerte at fraværet til ${employee} varte til og med ${date(e.data.to)}.`;
    case 'FollowUpPlanRecorded': {
      const d = e.data;
      const shared = d.sharedWithSickNoteWriter ? 'sendt til sykmelder' : 'ikke sendt til sykmelder';
      return `${actor} registrerte en oppfølgingsplan laget med ${employee} ${date(d.madeOn)}, ${shared}.`;
    }
    case 'DialogueMeetingHeld': {
      const d = e.data;
      return `${actor} registrerte at dialogmøte ${d.number} ble holdt ${date(d.heldOn)}${withWhom(d.participants)}.`;
    }
    case 'ConsentRecorded': {
      const d = e.data;
      return `${CONSENT_PARTY_NB[d.party] ?? 'En part'} samtykket til ${CONSENT_SCOPE_NB[d.scope] ?? 'søknaden'} ${date(d.givenOn)} (registrert av ${actor}).`;
    }
    case 'ExpertSupportRequested': {
      const d = e.data;
      const name = personalText(d.expert?.name);
      const company = personalText(d.expert?.company);
      const expert = name && company ? `${name} i ${company}` : (name ?? company ?? 'en ekspert');
      const hours = `${d.hours} ${d.hours === 1 ? 'time' : 'timer'}`;
      return `${actor} forberedte en søknad til NAV om tilskudd til ekspertbistand fra ${oneLine(expert)}: ${hours}, anslått ${formatNok(d.estimatedCost)}, oppstart ${date(d.startDate)}.`;
    }
    case 'NavDecisionRecorded': {
      const d = e.data;
      if (!d.granted) {
        return `Søknaden om tilskudd til ekspertbistand ble avslått av NAV ${date(d.decidedOn)} (registrert av ${actor}).`;
      }
      const amount = d.amount !== undefined ? ` med ${formatNok(d.amount)}` : '';
      const refund = d.refundDeadline ? `, og refusjonskravet må sendes innen ${date(d.refundDeadline)}` : '';
      return `Søknaden om tilskudd til ekspertbistand ble innvilget av NAV ${date(d.decidedOn)}${amount}${refund} (registrert av ${actor}).`;
    }
    case 'NoteAdded': {
      const text = quoted(e.data.text);
      return text ? `${actor} skrev et notat: ${text}.` : `${actor} skrev et notat.`;
    }
    case 'CaseExported':
      return e.data.format === 'pdf'
        ? `${actor} eksporterte saken som PDF-dokumentasjon.`
        : `${actor} eksporterte saken som JSON-dokumentasjon.`;
    case 'CaseClosed': {
      const reason = quoted(e.data.reason);
      return `${actor} avsluttet saken${reason ? ` med begrunnelsen ${reason}` : ''}.`;
    }
    case 'CaseReopened': {
      const reason = quoted(e.data.reason);
      return `${actor} åpnet saken igjen${reason ? ` med begrunnelsen ${reason}` : ''}.`;
    }
    default:
      return `${upperFirst(actor)} registrerte en endring i saken.`;
  }
}
