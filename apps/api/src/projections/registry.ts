import type { KeyStore } from '@app/event-store';
import { CaseListProjection, CaseTimelineProjection, DirectoryProjection, StreamIndexProjection, type Projection } from '@app/projections';

/** Every read model the server keeps, by name. The timeline opens sealed entries with `keys`. */
export function allProjections(keys: KeyStore): Projection[] {
  return [new StreamIndexProjection(), new DirectoryProjection(), new CaseTimelineProjection(keys), new CaseListProjection()];
}
