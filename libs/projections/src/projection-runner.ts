import { compareCheckpoints, type EventStore, type GlobalCheckpoint, type StoredEvent } from '@app/event-store';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { CheckpointStore, type ProjectionFailure } from './checkpoint-store';
import type { Projection } from './projection';
import { Signal } from './signal';
import { tidyStep } from './tidy';

export type RunnerState = 'idle' | 'standby' | 'running' | 'failed' | 'stopped';

export interface RunnerOptions {
  batchSize?: number;
  /** Fallback poll when no wake-up arrives (lost NOTIFY, events held back by a slow transaction). */
  pollMs?: number;
  /** How often a standby process tries to take ownership. */
  lockRetryMs?: number;
  /** Pause after an infrastructure error (database unreachable) before trying again. */
  errorBackoffMs?: number;
  log?: (message: string) => void;
  /** Called after each committed batch. */
  afterCommit?: () => void;
  /** After a wake-up, wait this long so that one batch carries what arrives meanwhile. */
  lingerMs?: number;
  /**
   * When the projection's background work (Projection.tidy) found nothing to do, ask again
   * after this long, not at every idle moment: a rebuild in another process may leave some.
   */
  tidyRecheckMs?: number;
}

export interface BatchResult {
  applied: number;
  /** Another worker moved the checkpoint first; this batch was rolled back. */
  conflict: boolean;
}

/** Why a projection stopped: the event it could not apply. */
export class ProjectionFailed extends Error {
  constructor(readonly failure: ProjectionFailure) {
    super(`Projection failed at event ${failure.eventId} (${failure.type}, position ${failure.position}): ${failure.message}`);
  }
}

const LOCK_NAMESPACE = 0x5ca5e;
/** How long without events before background work (Projection.tidy) may take a step. */
const IDLE_BEFORE_TIDY_MS = 100;

/**
 * Feeds one projection: reads a batch after its checkpoint, applies it and moves the
 * checkpoint in the same transaction. One process owns a projection at a time (session
 * advisory lock); the checkpoint only moves from where a batch started, so even a second
 * worker (a rebuild from the CLI) can never apply a batch twice.
 */
export class ProjectionRunner {
  private readonly checkpoints = new CheckpointStore();
  private readonly wake = new Signal();
  private readonly progressed = new Signal();
  private lockHolder: QueryRunner | null = null;
  /** The checkpoint after this runner's last committed batch; null when unknown. */
  private known: GlobalCheckpoint | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private unsubscribe: (() => void) | null = null;
  private lastAppliedAt = 0;
  private tidyAgainAt = 0;
  state: RunnerState = 'idle';
  failure: ProjectionFailure | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    readonly projection: Projection,
    private readonly options: RunnerOptions = {},
  ) {}

  get name(): string {
    return this.projection.name;
  }

  /** Starts the background loop: standby until it owns the projection, then follow the store. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.unsubscribe = this.store.onAppended(() => this.wake.fire());
    this.loop = this.run();
  }

  /** Wake this runner now (another runner committed; its transaction may have held events back). */
  nudge(): void {
    this.wake.fire();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake.fire();
    await this.loop;
    this.loop = null;
    this.unsubscribe?.();
    await this.releaseLock();
    if (this.state !== 'failed') this.state = 'stopped';
  }

  /** Applies one batch on `db` (a connection of the caller's choosing). */
  async processBatch(limit = this.options.batchSize ?? 1000, db?: QueryRunner): Promise<BatchResult> {
    const runner = db ?? this.dataSource.createQueryRunner();
    try {
      const checkpoint = await this.currentCheckpoint(runner);
      const { events } = await this.store.readAll(checkpoint, limit, { decryptTypes: this.projection.decryptTypes });
      if (events.length === 0) return { applied: 0, conflict: false };
      const outcome = await this.applyInTransaction(runner, events, checkpoint);
      if (outcome.conflict) return { applied: 0, conflict: true };
      if (outcome.applied > 0) {
        this.progressed.fire();
        this.options.afterCommit?.();
      }
      if (outcome.failure) {
        await this.checkpoints.recordFailure(runner.manager, this.name, outcome.failure);
        throw new ProjectionFailed(outcome.failure);
      }
      return { applied: outcome.applied, conflict: false };
    } finally {
      if (!db) await runner.release();
    }
  }

  /**
   * Where this projection stands: remembered from our own last batch, else read. A stale
   * memory (someone else moved it) is harmless: that batch loses the conditional update.
   */
  private async currentCheckpoint(runner: QueryRunner): Promise<GlobalCheckpoint> {
    if (this.known) return this.known;
    await this.checkpoints.ensure(runner.manager, this.name);
    this.known = (await this.checkpoints.load(runner.manager, this.name)).checkpoint;
    return this.known;
  }

  private async applyInTransaction(
    runner: QueryRunner,
    events: StoredEvent[],
    from: GlobalCheckpoint,
  ): Promise<{ applied: number; failure: ProjectionFailure | null; conflict: boolean }> {
    await runner.startTransaction();
    try {
      let outcome: { applied: number; failure: ProjectionFailure | null };
      try {
        await this.projection.apply(events, runner.manager);
        outcome = { applied: events.length, failure: null };
      } catch {
        // Start over event by event, to keep what precedes the bad event and name it.
        await runner.rollbackTransaction();
        await runner.startTransaction();
        outcome = await this.applyOneByOne(events, runner.manager);
      }
      const last = events[outcome.applied - 1];
      const moved = !last || (await this.checkpoints.advance(runner.manager, this.name, from, last.checkpoint, last.position));
      if (!moved) {
        await runner.rollbackTransaction();
        this.known = null;
        return { applied: 0, failure: null, conflict: true };
      }
      await runner.commitTransaction();
      if (last) this.known = last.checkpoint;
      return { ...outcome, conflict: false };
    } catch (error) {
      this.known = null;
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }

  /** Resolves once the read model includes the event at `position`; false on timeout. */
  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const target = await this.store.checkpointOf(position);
    if (!target) return false;
    for (;;) {
      const { checkpoint } = await this.checkpoints.load(this.dataSource.manager, this.name);
      if (compareCheckpoints(checkpoint, target) >= 0) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await this.progressed.wait(Math.min(left, 50));
    }
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        if (!(await this.acquireLock())) {
          this.state = 'standby';
          await this.wake.wait(this.options.lockRetryMs ?? 2000);
          continue;
        }
        this.state = 'running';
        const { applied, conflict } = await this.processBatch(undefined, this.lockHolder!);
        if (applied > 0) this.lastAppliedAt = performance.now();
        if (applied === 0 && !conflict) {
          if (await this.tidyWhenIdle()) continue;
          await this.wake.wait(this.options.pollMs ?? 250);
          await new Promise((resolve) => setTimeout(resolve, this.options.lingerMs ?? 5));
        }
      } catch (error) {
        if (error instanceof ProjectionFailed) {
          this.state = 'failed';
          this.failure = error.failure;
          this.log(error.message);
          await this.releaseLock();
          return;
        }
        this.log(`Projection ${this.name}: ${(error as Error).message}; retrying`);
        this.known = null;
        await this.releaseLock();
        await this.wake.wait(this.options.errorBackoffMs ?? 1000);
      }
    }
  }

  /**
   * Idle for a while: one short step of the projection's background work, true when it did
   * some (then the runner looks for events again). Under a steady stream of events it waits,
   * and when there was nothing to do it asks again only after `tidyRecheckMs`.
   */
  private async tidyWhenIdle(): Promise<boolean> {
    const now = performance.now();
    if (now - this.lastAppliedAt < IDLE_BEFORE_TIDY_MS || now < this.tidyAgainAt) return false;
    if ((await tidyStep(this.dataSource, this.projection)) > 0) return true;
    this.tidyAgainAt = performance.now() + (this.options.tidyRecheckMs ?? 10_000);
    return false;
  }

  /** Each event behind its own savepoint: stops at the first that throws. */
  private async applyOneByOne(events: StoredEvent[], tx: EntityManager): Promise<{ applied: number; failure: ProjectionFailure | null }> {
    for (const [index, event] of events.entries()) {
      await tx.query('SAVEPOINT one');
      try {
        await this.projection.apply([event], tx);
      } catch (error) {
        await tx.query('ROLLBACK TO SAVEPOINT one');
        const failure: ProjectionFailure = {
          eventId: event.eventId,
          position: event.position,
          type: event.type,
          message: (error as Error).message,
          at: new Date().toISOString(),
        };
        return { applied: index, failure };
      }
    }
    return { applied: events.length, failure: null };
  }

  private async acquireLock(): Promise<boolean> {
    if (this.lockHolder) return true;
    const runner = this.dataSource.createQueryRunner();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [
        LOCK_NAMESPACE,
        this.name,
      ]);
      if (!locked) {
        await runner.release();
        return false;
      }
      this.lockHolder = runner;
      this.known = null; // others may have moved it while we stood by
      return true;
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
  }

  private async releaseLock(): Promise<void> {
    const runner = this.lockHolder;
    this.lockHolder = null;
    if (!runner) return;
    await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_NAMESPACE, this.name]).catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  private log(message: string): void {
    (this.options.log ?? console.error)(message);
  }
}
