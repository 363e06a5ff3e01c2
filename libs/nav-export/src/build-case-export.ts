import {
  ABSENCE_KIND_LABELS_NB,
  CASE_KIND_LABELS_NB,
  CONSENT_PARTY_LABELS_NB,
  CONSENT_SCOPE_LABELS_NB,
  DEADLINE_LABELS_NB,
  EFFECT_LABELS_NB,
  ELIGIBILITY_LABELS_NB,
  FACTOR_LABELS_NB,
  PARTICIPANT_LABELS_NB,
  SEVERITY_LABELS_NB,
  SOURCE_LABELS_NB,
  STATUS_LABELS_NB,
  UNKNOWN_USER_NB,
  allDeadlines,
  calendarDate,
  deadlineStatusLabelNb,
  describeStream,
  formatOsloDateTime,
  isEventType,
  toDomainEvent,
  type CaseState,
  type IsoDate,
  type NavApplicationResult,
  type Participant,
} from '@app/case-domain';
import type { StoredEvent, StreamVerification } from '@app/event-store';
import type { CaseExport, Coded, Person } from './case-export';

/** Everything an export is made of, loaded by the caller; `events` decrypted, in stream order. */
export interface CaseExportSources {
  state: CaseState;
  events: readonly StoredEvent[];
  /** The chain recomputed over the same events as stored (ciphertext). */
  chain: StreamVerification;
  algorithm: string;
  organisation: { name: string | null; orgNumber: string | null } | null;
  employeeName: string | null;
  unitName: string | null;
  userName(userId: string): string | undefined;
  nav: NavApplicationResult;
  timeZone: string;
  generatedBy: { id: string; name: string; role: string };
  generatedAt: string;
}

/** The export document of one case (see CaseExport): pure, from what the caller loaded. */
export function buildCaseExport(sources: CaseExportSources): CaseExport {
  const { state, events, nav } = sources;
  const person = (id: string): Person => ({ id, name: sources.userName(id) ?? null });
  const today = calendarDate(new Date(sources.generatedAt), sources.timeZone);
  const localDay = (instant: string) => calendarDate(new Date(instant), sources.timeZone);
  return {
    format: 'case-export',
    formatVersion: 1,
    generatedAt: sources.generatedAt,
    generatedBy: sources.generatedBy,
    organisation: sources.organisation ?? { name: null, orgNumber: null },
    case: {
      id: state.id,
      title: state.title,
      summary: state.summary,
      kind: state.kind ?? 'combined',
      kindLabel: CASE_KIND_LABELS_NB[state.kind ?? 'combined'],
      status: state.status,
      statusLabel: state.status === 'empty' ? '' : STATUS_LABELS_NB[state.status],
      openedAt: state.openedAt,
      closedAt: state.closedAt ?? null,
      employee: { id: state.employeeId, name: sources.employeeName },
      unit: { id: state.unitId, name: sources.unitName },
      leader: person(state.leaderId),
      period: {
        from: localDay(events[0]?.metadata.occurredAt ?? sources.generatedAt),
        to: localDay(events[events.length - 1]?.metadata.occurredAt ?? sources.generatedAt),
      },
    },
    application: nav.application,
    missing: nav.missing,
    eligibility: nav.eligibility.map((rule) => ({ ...rule, label: ELIGIBILITY_LABELS_NB[rule.code] })),
    absences: state.absences.map((a) => ({ id: a.id, from: a.from, to: a.to ?? null, grade: a.grade, kind: a.kind, kindLabel: ABSENCE_KIND_LABELS_NB[a.kind] })),
    deadlines: allDeadlines(state, today).map((d) => ({
      code: d.code,
      label: DEADLINE_LABELS_NB[d.code],
      dueDate: d.dueDate,
      status: d.status,
      statusLabel: deadlineStatusLabelNb(d),
      periodStart: d.code === 'action_due' ? null : d.periodStart,
      actionId: d.code === 'action_due' ? d.actionId : null,
    })),
    risks: state.risks.map((r) => ({
      id: r.id,
      factor: r.factor,
      factorLabel: FACTOR_LABELS_NB[r.factor],
      factorText: r.factorText,
      description: r.description,
      severity: r.severity,
      severityLabel: SEVERITY_LABELS_NB[r.severity],
      source: r.source,
      sourceLabel: SOURCE_LABELS_NB[r.source],
      recordedAt: r.recordedAt,
      recordedBy: person(r.recordedBy),
    })),
    actions: state.actions.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      riskIds: a.riskIds,
      responsible: person(a.responsibleId),
      dueDate: a.dueDate,
      participants: participants(a.participants),
      recordedAt: a.recordedAt,
      recordedBy: person(a.recordedBy),
      completion: a.completion ? { completedOn: a.completion.completedOn, outcome: a.completion.outcome, recordedBy: person(a.completion.recordedBy) } : null,
      evaluations: a.evaluations.map((e) => ({
        effect: e.effect,
        effectLabel: EFFECT_LABELS_NB[e.effect],
        note: e.note,
        recordedAt: e.recordedAt,
        recordedBy: person(e.recordedBy),
      })),
    })),
    followUpPlans: state.followUpPlans.map((p) => ({
      id: p.id,
      madeOn: p.madeOn,
      summary: p.summary,
      sharedWithSickNoteWriter: p.sharedWithSickNoteWriter,
      recordedBy: person(p.recordedBy),
    })),
    dialogueMeetings: state.dialogueMeetings.map((m) => ({
      id: m.id,
      number: m.number,
      heldOn: m.heldOn,
      participants: participants(m.participants),
      summary: m.summary,
      recordedBy: person(m.recordedBy),
    })),
    consents: state.consents.map((c) => ({
      id: c.id,
      party: c.party,
      partyLabel: CONSENT_PARTY_LABELS_NB[c.party],
      scope: c.scope,
      scopeLabel: CONSENT_SCOPE_LABELS_NB[c.scope],
      givenOn: c.givenOn,
      recordedBy: person(c.recordedBy),
    })),
    navDecision: state.navDecision
      ? {
          granted: state.navDecision.granted,
          amount: state.navDecision.amount ?? null,
          refundDeadline: state.navDecision.refundDeadline ?? null,
          decidedOn: state.navDecision.decidedOn,
        }
      : null,
    timeline: exportedEvents(sources),
    chain: { algorithm: sources.algorithm, eventCount: sources.chain.eventCount, headHash: sources.chain.headHash, valid: sources.chain.valid },
  };
}

function exportedEvents({ events, employeeName, userName }: CaseExportSources): CaseExport['timeline'] {
  const texts = describeStream(
    // Sentences from today's shape of each event; `data` below stays as stored, for verification.
    events.map((e) => ({ type: e.type, data: currentShape(e), actorId: e.metadata.actorId, occurredAt: e.metadata.occurredAt })),
    { employeeName, userName },
  );
  return events.map((e, index) => ({
    eventId: e.eventId,
    version: e.version,
    position: e.position,
    type: e.type,
    occurredAt: e.metadata.occurredAt,
    occurredAtLocal: formatOsloDateTime(e.metadata.occurredAt),
    actor: { id: e.metadata.actorId, name: userName(e.metadata.actorId) ?? UNKNOWN_USER_NB },
    text: texts[index],
    data: e.data,
    prevHash: e.metadata.prevHash,
    hash: e.metadata.hash,
  }));
}

function currentShape(e: StoredEvent): Record<string, unknown> {
  if (!isEventType(e.type)) return e.data;
  return toDomainEvent({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }).data as Record<string, unknown>;
}

function participants(codes: readonly Participant[]): Coded[] {
  return codes.map((code) => ({ code, label: PARTICIPANT_LABELS_NB[code] }));
}

