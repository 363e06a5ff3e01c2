import {
  ORGANISATION_STREAM_ID,
  decideOrganisation,
  evolveOrganisation,
  initialOrganisationState,
  type OrganisationCommand,
  type OrganisationEvent,
  type OrganisationState,
} from '@app/case-domain';
import type { EventStore } from '@app/event-store';
import type { StreamCommand } from '../commands/command-executor';
import { readDomainStream, type Recorded } from '../event-sourcing/domain-streams';

function replay(history: Recorded<OrganisationEvent>[]): OrganisationState {
  return history.reduce((state, r) => evolveOrganisation(state, r.event, r.meta), initialOrganisationState as OrganisationState);
}

export async function loadOrganisation(store: EventStore): Promise<OrganisationState> {
  return replay(await readDomainStream<OrganisationEvent>(store, ORGANISATION_STREAM_ID));
}

/** An organisation command for the executor; who may run it is checked by the caller first. */
export function organisationCommand(command: OrganisationCommand, answerId: string): StreamCommand<OrganisationState, OrganisationEvent> {
  return {
    streamId: ORGANISATION_STREAM_ID,
    replay,
    evolve: evolveOrganisation,
    versionOf: (state) => state.version,
    authorize: () => undefined,
    decide: (state) => decideOrganisation(command, state),
    subjectOf: () => undefined,
    answerId,
  };
}
