import type { ExpectedVersion } from './event-store.port';

/** The stream was not at the version the writer expected: nothing was appended. */
export class WrongExpectedVersion extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
    this.name = 'WrongExpectedVersion';
  }
}

/** An eventId was reused for a different event: a caller bug, never retried. */
export class EventIdConflict extends Error {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(readonly eventIds: string[]) {
    super(`Event ids already used by other appends: ${eventIds.join(', ')}`);
    this.name = 'EventIdConflict';
  }
}
