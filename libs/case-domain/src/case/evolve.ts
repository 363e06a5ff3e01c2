import type { CaseEvent } from '../events/case-events';
import type { EventMeta } from '../event-meta';
import { personalText } from '../events/personal-fields';
import { initialCaseState, type CaseState, type Recorded } from './case-state';

/**
 * Applies one event to the state of its case. Pure: returns a new state and never changes
 * the one passed in. Every event raises `version`, even one this code does not know, so
 * that the version always equals the stream's.
 */
export function evolveCase(state: CaseState, event: CaseEvent, meta: EventMeta): CaseState {
  const next: CaseState = { ...state, version: state.version + 1, updatedAt: meta.occurredAt };
  const recorded: Recorded = { recordedAt: meta.occurredAt, recordedBy: meta.actorId };

  switch (event.type) {
    case 'CaseOpened': {
      const d = event.data;
      return {
        ...next,
        id: d.caseId,
        status: 'open',
        employeeId: d.employeeId,
        leaderId: d.leaderId,
        unitId: d.unitId,
        kind: d.kind,
        title: personalText(d.title),
        summary: personalText(d.summary),
        openedAt: meta.occurredAt,
        openedBy: meta.actorId,
      };
    }
    case 'RiskIdentified': {
      const d = event.data;
      const risk = {
        id: d.riskId,
        factor: d.factor,
        factorText: personalText(d.factorText),
        description: personalText(d.description),
        severity: d.severity,
        source: d.source,
        ...recorded,
      };
      return { ...next, risks: [...state.risks, risk] };
    }
    case 'ActionAgreed': {
      const d = event.data;
      const action = {
        id: d.actionId,
        title: personalText(d.title),
        description: personalText(d.description),
        riskIds: [...d.riskIds],
        responsibleId: d.responsibleId,
        dueDate: d.dueDate,
        participants: [...d.participants],
        evaluations: [],
        ...recorded,
      };
      return { ...next, actions: [...state.actions, action] };
    }
    case 'ActionCompleted': {
      const d = event.data;
      const completion = { completedOn: d.completedOn, outcome: personalText(d.outcome), ...recorded };
      return {
        ...next,
        actions: state.actions.map((a) => (a.id === d.actionId ? { ...a, completion } : a)),
      };
    }
    case 'ActionEvaluated': {
      const d = event.data;
      const evaluation = { effect: d.effect, note: personalText(d.note), ...recorded };
      return {
        ...next,
        actions: state.actions.map((a) =>
          a.id === d.actionId ? { ...a, evaluations: [...a.evaluations, evaluation] } : a,
        ),
      };
    }
    case 'AbsenceRecorded': {
      const d = event.data;
      const absence = {
        id: d.absenceId,
        from: d.from,
        ...(d.to !== undefined ? { to: d.to } : {}),
        grade: d.grade,
        kind: d.kind,
        ...recorded,
      };
      return { ...next, absences: [...state.absences, absence] };
    }
    case 'AbsenceEnded': {
      const d = event.data;
      return {
        ...next,
        absences: state.absences.map((a) =>
          a.id === d.absenceId ? { ...a, to: d.to, endedAt: meta.occurredAt } : a,
        ),
      };
    }
    case 'FollowUpPlanRecorded': {
      const d = event.data;
      const plan = {
        id: d.planId,
        madeOn: d.madeOn,
        summary: personalText(d.summary),
        sharedWithSickNoteWriter: d.sharedWithSickNoteWriter,
        ...recorded,
      };
      return { ...next, followUpPlans: [...state.followUpPlans, plan] };
    }
    case 'DialogueMeetingHeld': {
      const d = event.data;
      const meeting = {
        id: d.meetingId,
        number: d.number,
        heldOn: d.heldOn,
        participants: [...d.participants],
        summary: personalText(d.summary),
        ...recorded,
      };
      return { ...next, dialogueMeetings: [...state.dialogueMeetings, meeting] };
    }
    case 'ConsentRecorded': {
      const d = event.data;
      const consent = { id: d.consentId, party: d.party, scope: d.scope, givenOn: d.givenOn, ...recorded };
      return { ...next, consents: [...state.consents, consent] };
    }
    case 'ExpertSupportRequested': {
      const d = event.data;
      // A new request supersedes the previous one, and NAV's decision belonged to that one.
      const { navDecision: _previousDecision, ...rest } = next;
      return {
        ...rest,
        expertSupport: {
          requestId: d.requestId,
          expert: {
            name: personalText(d.expert?.name),
            company: personalText(d.expert?.company),
            competence: personalText(d.expert?.competence),
          },
          reason: personalText(d.reason),
          need: personalText(d.need),
          accommodationTried: personalText(d.accommodationTried),
          hours: d.hours,
          estimatedCost: d.estimatedCost,
          startDate: d.startDate,
          navContact: personalText(d.navContact),
          ...recorded,
        },
      };
    }
    case 'NavDecisionRecorded': {
      const d = event.data;
      return {
        ...next,
        navDecision: {
          decisionId: d.decisionId,
          granted: d.granted,
          ...(d.amount !== undefined ? { amount: d.amount } : {}),
          ...(d.refundDeadline !== undefined ? { refundDeadline: d.refundDeadline } : {}),
          decidedOn: d.decidedOn,
          ...recorded,
        },
      };
    }
    case 'NoteAdded': {
      const note = { id: event.data.noteId, text: personalText(event.data.text), ...recorded };
      return { ...next, notes: [...state.notes, note] };
    }
    case 'CaseClosed':
      return { ...next, status: 'closed', closedAt: meta.occurredAt, closedReason: personalText(event.data.reason) };
    case 'CaseReopened': {
      const { closedAt: _closedAt, closedReason: _closedReason, ...rest } = next;
      return { ...rest, status: 'open' };
    }
    default:
      return next;
  }
}

/** The state after `history`, oldest first. */
export function replayCase(history: ReadonlyArray<{ event: CaseEvent; meta: EventMeta }>): CaseState {
  return history.reduce<CaseState>((state, { event, meta }) => evolveCase(state, event, meta), initialCaseState);
}
