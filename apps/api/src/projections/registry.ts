import { CaseListProjection, CaseTimelineProjection, DirectoryProjection, StreamIndexProjection, type Projection } from '@app/projections';

/** Every read model the server keeps, by name. Later read models are added here. */
export function allProjections(): Projection[] {
  return [new StreamIndexProjection(), new DirectoryProjection(), new CaseTimelineProjection(), new CaseListProjection()];
}
