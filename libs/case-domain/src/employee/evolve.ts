import type { EmployeeEvent } from '../events/employee-events';
import type { EventMeta } from '../event-meta';
import { personalText } from '../events/personal-fields';
import { initialEmployeeState, type EmployeeState } from './employee-state';

/** Applies one employee event. Pure; every event raises `version`. */
export function evolveEmployee(state: EmployeeState, event: EmployeeEvent, meta: EventMeta): EmployeeState {
  const next = { ...state, version: state.version + 1 };
  switch (event.type) {
    case 'EmployeeRegistered': {
      const d = event.data;
      return {
        ...next,
        id: d.employeeId,
        status: 'active',
        name: personalText(d.name),
        nationalId: personalText(d.nationalId),
        unitId: d.unitId,
        position: personalText(d.position),
        registeredAt: meta.occurredAt,
      };
    }
    case 'EmployeeErased':
      // The key is gone: whatever the store still returns for these fields is unreadable.
      return { ...next, status: 'erased', name: null, nationalId: null, position: null, erasedAt: meta.occurredAt };
    default:
      return next;
  }
}

export function replayEmployee(history: ReadonlyArray<{ event: EmployeeEvent; meta: EventMeta }>): EmployeeState {
  return history.reduce<EmployeeState>((state, { event, meta }) => evolveEmployee(state, event, meta), initialEmployeeState);
}
