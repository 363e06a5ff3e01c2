import type { CaseEvent } from '../events/case-events';
import type { EventMeta } from '../event-meta';
import { bothConsents, command, eventOf, ids } from '../testing/factories';
import { initialCaseState } from './case-state';
import { evolveCase, replayCase } from './evolve';

const at = (minute: number, actorId = ids.hr): EventMeta => ({
  occurredAt: new Date(Date.UTC(2026, 1, 2, 8, minute)).toISOString(),
  actorId,
});

describe('evolveCase', () => {
  const risk = command.identifyRisk({ factor: 'workload' });
  const action = command.agreeAction({ riskIds: [risk.data.riskId] });
  const absence = command.recordAbsence({ from: '2026-02-02', grade: 100 });
  const plan = command.recordFollowUpPlan();
  const meeting = command.recordDialogueMeeting();
  const [employeeConsent, employerConsent] = bothConsents();
  const request = command.requestExpertSupport();
  const decision = command.recordNavDecision({ amount: 14_000 });
  const note = command.addNote();

  const lifecycle: Array<[CaseEvent, EventMeta]> = [
    [eventOf(command.openCase({ summary: 'Oppstart' })), at(0)],
    [eventOf(risk), at(1)],
    [eventOf(action), at(2, ids.leader)],
    [eventOf(command.completeAction(action.data.actionId, { completedOn: '2026-02-20' })), at(3, ids.leader)],
    [eventOf(command.evaluateAction(action.data.actionId, { effect: 'partly_effective' })), at(4, ids.leader)],
    [eventOf(command.evaluateAction(action.data.actionId, { effect: 'effective', note: 'Varig bedring' })), at(5, ids.leader)],
    [eventOf(absence), at(6)],
    [eventOf(command.endAbsence(absence.data.absenceId, { to: '2026-02-27' })), at(7)],
    [eventOf(plan), at(8)],
    [eventOf(meeting), at(9)],
    [employeeConsent, at(10)],
    [employerConsent, at(11)],
    [eventOf(request), at(12)],
    [eventOf(decision), at(13)],
    [eventOf(note), at(14)],
    [eventOf(command.closeCase({ reason: 'Avsluttet' })), at(15)],
  ];
  const state = replayCase(lifecycle.map(([event, meta]) => ({ event, meta })));

  it('folds a whole case into its state', () => {
    expect(state).toMatchObject({
      id: ids.case,
      status: 'closed',
      employeeId: ids.employee,
      leaderId: ids.leader,
      unitId: ids.unit,
      kind: 'psychosocial',
      title: 'Belastning i kundeteamet',
      summary: 'Oppstart',
      openedAt: at(0).occurredAt,
      openedBy: ids.hr,
      closedAt: at(15).occurredAt,
      closedReason: 'Avsluttet',
      version: 16,
      updatedAt: at(15).occurredAt,
    });
    expect(state.risks).toEqual([
      {
        id: risk.data.riskId,
        factor: 'workload',
        factorText: null,
        description: risk.data.description,
        severity: 'medium',
        source: 'pulse_survey',
        recordedAt: at(1).occurredAt,
        recordedBy: ids.hr,
      },
    ]);
  });

  it('keeps an action with its completion and every evaluation in order', () => {
    expect(state.actions).toHaveLength(1);
    const [folded] = state.actions;
    expect(folded).toMatchObject({
      id: action.data.actionId,
      riskIds: [risk.data.riskId],
      description: null,
      recordedBy: ids.leader,
      completion: { completedOn: '2026-02-20', outcome: 'Møtene er i gang', recordedAt: at(3).occurredAt },
    });
    expect(folded.evaluations.map((e) => [e.effect, e.note, e.recordedAt])).toEqual([
      ['partly_effective', 'Bedre oversikt, fortsatt høyt tempo', at(4).occurredAt],
      ['effective', 'Varig bedring', at(5).occurredAt],
    ]);
  });

  it('ends an absence and keeps the other sick-leave records', () => {
    expect(state.absences).toEqual([
      {
        id: absence.data.absenceId,
        from: '2026-02-02',
        to: '2026-02-27',
        grade: 100,
        kind: 'sick_note',
        recordedAt: at(6).occurredAt,
        recordedBy: ids.hr,
        endedAt: at(7).occurredAt,
      },
    ]);
    expect(state.followUpPlans.map((p) => p.id)).toEqual([plan.data.planId]);
    expect(state.dialogueMeetings.map((m) => [m.id, m.number])).toEqual([[meeting.data.meetingId, 1]]);
    expect(state.consents.map((c) => c.party)).toEqual(['employee', 'employer']);
    expect(state.notes.map((n) => n.text)).toEqual([note.data.text]);
  });

  it('holds the expert-support request and the decision on it', () => {
    expect(state.expertSupport).toMatchObject({
      requestId: request.data.requestId,
      expert: request.data.expert,
      hours: 10,
      startDate: '2026-03-20',
    });
    expect(state.navDecision).toMatchObject({ decisionId: decision.data.decisionId, granted: true, amount: 14_000 });
  });

  it('a new request supersedes the previous one and its decision', () => {
    const second = command.requestExpertSupport({ hours: 6 });
    const next = evolveCase(state, eventOf(second), at(20));
    expect(next.expertSupport?.requestId).toBe(second.data.requestId);
    expect(next.expertSupport?.hours).toBe(6);
    expect(next.navDecision).toBeUndefined();
  });

  it('reopening clears the closure', () => {
    const reopened = evolveCase(state, eventOf(command.reopenCase()), at(21));
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('closedAt');
    expect(reopened).not.toHaveProperty('closedReason');
    expect(reopened.version).toBe(17);
  });

  it('never changes the state it is given', () => {
    const before = structuredClone(state);
    evolveCase(state, eventOf(command.addNote()), at(30));
    evolveCase(state, eventOf(command.evaluateAction(action.data.actionId)), at(31));
    expect(state).toEqual(before);
  });

  it('a correction is a new entry beside the old one, never an edit', () => {
    const correction = command.addNote({ text: 'Rettelse: møtet var 5. mars, ikke 4. mars' });
    const next = evolveCase(state, eventOf(correction), at(40));
    expect(next.notes.map((n) => n.text)).toEqual([note.data.text, correction.data.text]);
  });

  it('reads erased personal fields as null', () => {
    const erased = { $erased: true };
    const openedErased = {
      type: 'CaseOpened',
      data: { ...eventOf(command.openCase({ summary: 'x' })).data, title: erased, summary: erased },
    } as unknown as CaseEvent;
    const folded = evolveCase(initialCaseState, openedErased, at(0));
    expect(folded.title).toBeNull();
    expect(folded.summary).toBeNull();
    expect(folded.kind).toBe('psychosocial');
  });

  it('counts an event it does not know, so the version matches the stream', () => {
    const unknown = { type: 'SomethingNew', data: {} } as unknown as CaseEvent;
    expect(evolveCase(state, unknown, at(50))).toMatchObject({ version: state.version + 1, notes: state.notes });
  });
});
