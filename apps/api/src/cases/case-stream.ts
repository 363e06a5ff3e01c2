import { caseStreamId, decideCase, evolveCase, replayCase, type CaseCommand, type CaseEvent, type CaseRules, type CaseState } from '@app/case-domain';
import type { EventStore } from '@app/event-store';
import type { CaseAccessFacts } from '../access/access-policy';
import type { StreamCommand } from '../commands/command-executor';
import { readDomainStream } from '../event-sourcing/domain-streams';

export async function loadCase(store: EventStore, caseId: string): Promise<CaseState> {
  return replayCase(await readDomainStream<CaseEvent>(store, caseStreamId(caseId)));
}

/** The facts the access policy decides on; null while the case does not exist. */
export function accessFacts(state: CaseState): CaseAccessFacts | null {
  return state.status === 'empty' ? null : { caseId: state.id, leaderId: state.leaderId };
}

/**
 * The access facts alone, from the case's first event (CaseOpened names the leader, who never
 * changes): for routes that read a read model and need not fold a long stream.
 */
export async function loadAccessFacts(store: EventStore, caseId: string): Promise<CaseAccessFacts | null> {
  const [first] = await store.read(caseStreamId(caseId), { maxCount: 1 });
  if (first?.type !== 'CaseOpened') return null;
  return { caseId, leaderId: String(first.data.leaderId) };
}

/** A case command for the executor: decided with the configured rules, encrypted under the case's employee. */
export function caseCommand(
  caseId: string,
  command: CaseCommand,
  context: { actorId: string; rules: CaseRules; authorize: (state: CaseState) => Promise<void> | void },
  answerId: string,
): StreamCommand<CaseState, CaseEvent> {
  return {
    streamId: caseStreamId(caseId),
    replay: replayCase,
    evolve: evolveCase,
    versionOf: (state) => state.version,
    authorize: context.authorize,
    decide: (state) => decideCase(command, state, { now: new Date(), actorId: context.actorId, rules: context.rules }),
    subjectOf: (state) => (command.type === 'OpenCase' ? command.data.employeeId : state.employeeId),
    answerId,
  };
}
