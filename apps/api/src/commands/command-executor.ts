import { Inject, Injectable } from '@nestjs/common';
import { WrongExpectedVersion } from '@app/event-store';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/roles';
import { appendDomainEvents, readDomainStream, type Recorded } from '../event-sourcing/domain-streams';
import { ProblemException } from '../http/problem';
import { RUNTIME, type Runtime } from '../runtime/runtime';
import type { CommandOptions } from './command-options';
import { IdempotentReplies, idFor } from './idempotent-replies';
import { KeyedQueue } from './keyed-queue';

/** What every command answers (design.md): the created id, the stream version and the global position. */
export interface CommandAnswer {
  id: string;
  version: number;
  position: number;
}

/** One write on one stream, as a use case describes it to the executor. */
export interface StreamCommand<S, E extends { type: string; data: object }> {
  streamId: string;
  replay(history: Recorded<E>[]): S;
  versionOf(state: S): number;
  /** Runs first, on the loaded state: the access check (and anything else that may refuse). */
  authorize(state: S): Promise<void> | void;
  decide(state: S): Array<{ type: string; data: object }>;
  /** Runs after a successful decide, before the append (erasure deletes the key here). */
  beforeAppend?(state: S): Promise<void>;
  /** The person whose data key encrypts the personal fields. */
  subjectOf(state: S): string | undefined;
  /** The id the answer reports: what the command created, or the stream's own id. */
  answerId: string;
}

/** Retries after another process's append; in this process commands on one stream queue up. */
const MAX_ATTEMPTS = 10;

/**
 * Load, check, decide, append — with the concurrency and retry rules of design.md:
 * - If-Match: the state must be at that version (else 412) and the append expects it.
 * - Without If-Match: commands on one stream queue up in this process; an append by another
 *   process makes us reload and decide again, a bounded number of times.
 * - Idempotency-Key: the first answer is stored and replayed; the events' ids come from the
 *   key, so concurrent first attempts still append once.
 */
@Injectable()
export class CommandExecutor {
  private readonly replies: IdempotentReplies;
  private readonly queue = new KeyedQueue();

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {
    this.replies = new IdempotentReplies(runtime.pool);
  }

  /** A new id for what the command creates: derived from the Idempotency-Key when there is one. */
  newId(actor: Actor, options: CommandOptions, purpose = 'created'): string {
    return idFor(actor.id, options.idempotencyKey, purpose) ?? randomUUID();
  }

  async execute<S, E extends { type: string; data: object }>(
    command: StreamCommand<S, E>,
    actor: Actor,
    options: CommandOptions,
  ): Promise<CommandAnswer> {
    const key = options.idempotencyKey;
    if (key) {
      const earlier = await this.replies.find(actor.id, key, options.fingerprint);
      if (earlier) return earlier.body as CommandAnswer;
    }
    const answer = await this.queue.run(command.streamId, () => this.appendWithRetries(command, actor, options));
    if (key) await this.replies.save(actor.id, key, options.fingerprint, { status: 201, body: answer });
    return answer;
  }

  private async appendWithRetries<S, E extends { type: string; data: object }>(
    command: StreamCommand<S, E>,
    actor: Actor,
    options: CommandOptions,
  ): Promise<CommandAnswer> {
    for (let attempt = 1; ; attempt++) {
      const history = await readDomainStream<E>(this.runtime.store, command.streamId);
      const state = command.replay(history);
      await command.authorize(state);
      const done = this.alreadyApplied(history, actor, options, command.answerId);
      if (done) return done;
      const version = command.versionOf(state);
      if (options.expectedVersion !== undefined && options.expectedVersion !== version) throw stale(options.expectedVersion, version);
      const events = command.decide(state);
      await command.beforeAppend?.(state);
      try {
        const result = await appendDomainEvents(this.runtime.store, command.streamId, events, version, {
          actorId: actor.id,
          subjectId: command.subjectOf(state),
          eventId: (index) => idFor(actor.id, options.idempotencyKey, `event-${index}`),
        });
        return { id: command.answerId, version: result.nextVersion, position: result.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion)) throw error;
        if (options.expectedVersion !== undefined) throw stale(options.expectedVersion, error.actual);
        if (attempt >= MAX_ATTEMPTS) {
          throw new ProblemException(409, 'CONCURRENT_CHANGE', 'The case kept changing while we tried to save; try again');
        }
      }
    }
  }


  /** A keyed request whose events are in the stream already (its answer was lost): answer as then. */
  private alreadyApplied<E>(history: Recorded<E>[], actor: Actor, options: CommandOptions, answerId: string): CommandAnswer | null {
    const idOf = (index: number) => idFor(actor.id, options.idempotencyKey, `event-${index}`);
    let at = history.findIndex((r) => r.stored.eventId === idOf(0));
    if (at === -1) return null;
    // The request's events were appended together: walk to its last one.
    for (let n = 1; history[at + 1]?.stored.eventId === idOf(n); n++) at++;
    return { id: answerId, version: history[at].stored.version, position: history[at].stored.position };
  }
}

function stale(expected: number, actual: number): ProblemException {
  return new ProblemException(
    412,
    'STALE_VERSION',
    `You saw version ${expected}, but it is now at version ${actual}: someone else changed it. Reload and try again.`,
    undefined,
    { etag: `"${actual}"` },
  );
}
