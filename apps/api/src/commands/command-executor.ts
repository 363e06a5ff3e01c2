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
import { StateCache } from './state-cache';

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
  /** Applies one more event: keeps a cached state current after our own append. */
  evolve(state: S, event: E, meta: { occurredAt: string; actorId: string }): S;
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
  private readonly states = new StateCache<{ state: unknown; version: number }>();

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
      const loaded = await this.load(command, actor, options, attempt);
      if (loaded.kind === 'answered') return loaded.answer;
      const { state, version } = loaded;
      if (options.expectedVersion !== undefined && options.expectedVersion !== version) throw stale(options.expectedVersion, version);
      const events = command.decide(state);
      await command.beforeAppend?.(state);
      const occurredAt = new Date().toISOString();
      try {
        const result = await appendDomainEvents(this.runtime.store, command.streamId, events, version, {
          actorId: actor.id,
          occurredAt,
          subjectId: command.subjectOf(state),
          eventId: (index) => idFor(actor.id, options.idempotencyKey, `event-${index}`),
        });
        const next = events.reduce((s, event) => command.evolve(s, event as E, { occurredAt, actorId: actor.id }), state);
        this.states.set(command.streamId, { state: next, version: result.nextVersion });
        return { id: command.answerId, version: result.nextVersion, position: result.position };
      } catch (error) {
        this.states.forget(command.streamId);
        if (!(error instanceof WrongExpectedVersion)) throw error;
        if (options.expectedVersion !== undefined) throw stale(options.expectedVersion, error.actual);
        if (attempt >= MAX_ATTEMPTS) {
          throw new ProblemException(409, 'CONCURRENT_CHANGE', 'The case kept changing while we tried to save; try again');
        }
      }
    }
  }

  /**
   * The stream's state: from the cache on a first attempt when it can serve (not for keyed
   * requests, which must see the stream; not when If-Match names another version), else from
   * the store. Authorizes it, and answers a keyed request that was applied already.
   */
  private async load<S, E extends { type: string; data: object }>(
    command: StreamCommand<S, E>,
    actor: Actor,
    options: CommandOptions,
    attempt: number,
  ): Promise<{ kind: 'state'; state: S; version: number } | { kind: 'answered'; answer: CommandAnswer }> {
    const cached = this.states.get(command.streamId) as { state: S; version: number } | undefined;
    const usable =
      cached && attempt === 1 && !options.idempotencyKey && (options.expectedVersion === undefined || options.expectedVersion === cached.version);
    if (usable) {
      await command.authorize(cached.state);
      return { kind: 'state', state: cached.state, version: cached.version };
    }
    const history = await readDomainStream<E>(this.runtime.store, command.streamId);
    const state = command.replay(history);
    await command.authorize(state);
    const done = this.alreadyApplied(history, actor, options, command.answerId);
    if (done) return { kind: 'answered', answer: done };
    return { kind: 'state', state, version: command.versionOf(state) };
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
