import { DomainError } from '../errors';
import { decideOrganisation, evolveOrganisation, initialOrganisationState, type OrganisationState } from './organisation';
import type { OrganisationEvent } from './organisation-events';

const meta = { occurredAt: '2026-01-05T08:00:00.000Z', actorId: 'admin' };

function given(events: OrganisationEvent[]): OrganisationState {
  return events.reduce((state, event) => evolveOrganisation(state, event, meta), initialOrganisationState as OrganisationState);
}

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('organisation', () => {
  it('sets and later corrects the details', () => {
    const first = decideOrganisation({ type: 'SetOrganisationDetails', data: { name: ' Fjordkraft Omsorg AS ', orgNumber: '974760673' } }, given([]));
    expect(first).toEqual([{ type: 'OrganisationDetailsSet', data: { name: 'Fjordkraft Omsorg AS', orgNumber: '974760673' } }]);
    const state = given([...first, { type: 'OrganisationDetailsSet', data: { name: 'Nytt navn AS', orgNumber: '974760673' } }]);
    expect(state).toMatchObject({ name: 'Nytt navn AS', orgNumber: '974760673', version: 2 });
  });

  it.each([
    ['974760672', 'orgNumber'],
    ['12345678', 'orgNumber'],
  ])('refuses organisation number %s', (orgNumber, field) => {
    const error = errorOf(() => decideOrganisation({ type: 'SetOrganisationDetails', data: { name: 'X', orgNumber } }, given([])));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields?.map((f) => [f.field, f.code])).toEqual([[field, 'INVALID_ORG_NUMBER']]);
  });

  it('adds units with unique names regardless of case', () => {
    const state = given([{ type: 'UnitAdded', data: { unitId: 'u1', name: 'Sykehjemmet' } }]);
    expect(decideOrganisation({ type: 'AddUnit', data: { unitId: 'u2', name: 'Kjøkkenet' } }, state)).toEqual([
      { type: 'UnitAdded', data: { unitId: 'u2', name: 'Kjøkkenet' } },
    ]);
    expect(errorOf(() => decideOrganisation({ type: 'AddUnit', data: { unitId: 'u3', name: 'SYKEHJEMMET' } }, state)).code).toBe('UNIT_NAME_TAKEN');
    expect(errorOf(() => decideOrganisation({ type: 'AddUnit', data: { unitId: 'u4', name: ' ' } }, state)).fields?.[0].field).toBe('name');
  });
});
