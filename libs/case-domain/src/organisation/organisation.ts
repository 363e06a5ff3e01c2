import { DomainError } from '../errors';
import type { EventMeta } from '../event-meta';
import { FieldChecks, MAX_TITLE_LENGTH } from '../validation/field-checks';
import { isValidOrgNumber } from '../validation/org-number';
import type { OrganisationCommand, OrganisationEvent } from './organisation-events';

export interface Unit {
  id: string;
  name: string;
  addedAt: string;
}

export interface OrganisationState {
  name: string | null;
  orgNumber: string | null;
  units: Unit[];
  updatedAt: string | null;
  version: number;
}

export const initialOrganisationState: Readonly<OrganisationState> = Object.freeze({
  name: null,
  orgNumber: null,
  units: [],
  updatedAt: null,
  version: 0,
});

/** Setting the details again is how they are corrected; unit names are unique regardless of case. */
export function decideOrganisation(input: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  const command = { ...input, data: input.data ?? {} } as OrganisationCommand;
  const check = new FieldChecks();
  if (command.type === 'SetOrganisationDetails') {
    check.text('name', command.data.name, { max: MAX_TITLE_LENGTH });
    if (!isValidOrgNumber(command.data.orgNumber)) {
      check.add('orgNumber', 'INVALID_ORG_NUMBER', 'must be a valid organisation number: 9 digits with the mod-11 check digit');
    }
    check.throwIfAny();
    return [{ type: 'OrganisationDetailsSet', data: { name: command.data.name.trim(), orgNumber: command.data.orgNumber } }];
  }
  check.id('unitId', command.data.unitId);
  check.text('name', command.data.name, { max: MAX_TITLE_LENGTH });
  check.throwIfAny();
  const name = command.data.name.trim();
  if (state.units.some((unit) => unit.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError('UNIT_NAME_TAKEN', `There is a unit named ${name} already`);
  }
  if (state.units.some((unit) => unit.id === command.data.unitId)) {
    throw new DomainError('ID_ALREADY_USED', `The unit id ${command.data.unitId} is already used`);
  }
  return [{ type: 'UnitAdded', data: { unitId: command.data.unitId, name } }];
}

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent, meta: EventMeta): OrganisationState {
  const next = { ...state, version: state.version + 1, updatedAt: meta.occurredAt };
  switch (event.type) {
    case 'OrganisationDetailsSet':
      return { ...next, name: event.data.name, orgNumber: event.data.orgNumber };
    case 'UnitAdded':
      return { ...next, units: [...state.units, { id: event.data.unitId, name: event.data.name, addedAt: meta.occurredAt }] };
    default:
      return next;
  }
}
