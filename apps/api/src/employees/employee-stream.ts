import {
  decideEmployee,
  employeeStreamId,
  evolveEmployee,
  initialEmployeeState,
  type EmployeeCommand,
  type EmployeeEvent,
  type EmployeeState,
} from '@app/case-domain';
import type { EventStore } from '@app/event-store';
import type { StreamCommand } from '../commands/command-executor';
import { readDomainStream, type Recorded } from '../event-sourcing/domain-streams';

function replay(history: Recorded<EmployeeEvent>[]): EmployeeState {
  return history.reduce((state, r) => evolveEmployee(state, r.event, r.meta), initialEmployeeState as EmployeeState);
}

export async function loadEmployee(store: EventStore, employeeId: string): Promise<EmployeeState> {
  return replay(await readDomainStream<EmployeeEvent>(store, employeeStreamId(employeeId)));
}

/** An employee command; the employee is the subject whose key encrypts the personal fields. */
export function employeeCommand(
  employeeId: string,
  command: EmployeeCommand,
  hooks: Pick<StreamCommand<EmployeeState, EmployeeEvent>, 'authorize'> & Partial<Pick<StreamCommand<EmployeeState, EmployeeEvent>, 'beforeAppend'>>,
): StreamCommand<EmployeeState, EmployeeEvent> {
  return {
    streamId: employeeStreamId(employeeId),
    replay,
    evolve: evolveEmployee,
    versionOf: (state) => state.version,
    decide: (state) => decideEmployee(command, state),
    subjectOf: () => employeeId,
    answerId: employeeId,
    ...hooks,
  };
}
