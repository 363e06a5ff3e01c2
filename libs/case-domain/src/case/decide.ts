import type { CaseCommand } from '../commands';
import { DomainError } from '../errors';
import type { CaseEvent } from '../events/case-events';
import type { CaseState } from './case-state';
import type { DecideContext } from './decide-context';
import { endAbsence, recordAbsence } from './decisions/absences';
import { agreeAction, completeAction, evaluateAction } from './decisions/actions';
import { recordConsent, recordNavDecision, requestExpertSupport } from './decisions/expert-support';
import { closeCase, openCase, reopenCase } from './decisions/lifecycle';
import { exportCase } from './decisions/export';
import { addNote } from './decisions/notes';
import { identifyRisk } from './decisions/risks';
import { recordDialogueMeeting, recordFollowUpPlan } from './decisions/sick-leave-follow-up';

export type { DecideContext } from './decide-context';

/**
 * The case decider: which events a command produces in the current state, or a DomainError.
 * Pure: no clock (ctx.now), no I/O, ids come with the command.
 *
 * Decide only ever appends. No command edits or removes an earlier event: a correction is a
 * new event (a new risk, another evaluation, a note, a new request superseding the previous
 * one), so the handling of a case can be reconstructed afterwards.
 *
 * Order of checks: the case must exist (all but OpenCase); a closed case accepts only
 * ReopenCase; then each rule checks what the command refers to (404), the state (409) and the
 * fields (400, all bad fields at once).
 */
export function decideCase(input: CaseCommand, state: CaseState, ctx: DecideContext): CaseEvent[] {
  // A command without data (a caller's mistake) is checked like one with every field missing.
  const command = { ...input, data: input.data ?? {} } as CaseCommand;
  if (command.type === 'OpenCase') return openCase(command, state);
  if (state.status === 'empty') throw new DomainError('CASE_NOT_FOUND', 'The case does not exist');
  if (command.type === 'ReopenCase') return reopenCase(command, state);
  // A closed case is still documentation: it can be exported (and the export is recorded).
  if (command.type === 'ExportCase') return exportCase(command);
  if (state.status === 'closed') throw new DomainError('CASE_CLOSED', 'The case is closed: reopen it first');

  switch (command.type) {
    case 'IdentifyRisk':
      return identifyRisk(command, state);
    case 'AgreeAction':
      return agreeAction(command, state);
    case 'CompleteAction':
      return completeAction(command, state, ctx);
    case 'EvaluateAction':
      return evaluateAction(command, state);
    case 'RecordAbsence':
      return recordAbsence(command, state, ctx);
    case 'EndAbsence':
      return endAbsence(command, state);
    case 'RecordFollowUpPlan':
      return recordFollowUpPlan(command, state, ctx);
    case 'RecordDialogueMeeting':
      return recordDialogueMeeting(command, state, ctx);
    case 'RecordConsent':
      return recordConsent(command, state, ctx);
    case 'RequestExpertSupport':
      return requestExpertSupport(command, state, ctx);
    case 'RecordNavDecision':
      return recordNavDecision(command, state, ctx);
    case 'AddNote':
      return addNote(command, state);
    case 'CloseCase':
      return closeCase(command);
    default:
      return unknownCommand(command);
  }
}

function unknownCommand(command: never): never {
  throw new Error(`Unknown case command: ${(command as { type?: unknown }).type}`);
}
