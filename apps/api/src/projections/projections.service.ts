import type { EventStore } from '@app/event-store';
import { CheckpointStore, ProjectionRunner, type Projection, type ProjectionFailure, type RunnerState } from '@app/projections';
import type { DataSource } from 'typeorm';

export interface ProjectionStatus {
  name: string;
  /** This process's runner; `elsewhere` when projections run in another process. */
  state: RunnerState | 'elsewhere';
  position: number;
  /** Events (global positions) appended after the projection's position. */
  lag: number;
  updatedAt: string | null;
  failure: ProjectionFailure | null;
}

/** The projection runners of this process, and where every projection stands. */
export class ProjectionsService {
  private readonly runners: ProjectionRunner[];
  private readonly checkpoints = new CheckpointStore();

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    readonly projections: Projection[],
    private readonly enabled: boolean,
  ) {
    // A runner's commit ends a transaction that may have held back other runners' reads.
    const nudgeOthers = (name: string) => this.runners.forEach((r) => r.name !== name && r.nudge());
    this.runners = projections.map(
      (p) => new ProjectionRunner(dataSource, store, p, { afterCommit: () => nudgeOthers(p.name) }),
    );
  }

  start(): void {
    if (!this.enabled) return;
    for (const runner of this.runners) runner.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.runners.map((r) => r.stop()));
  }

  async status(headPosition: number): Promise<ProjectionStatus[]> {
    const rows = new Map((await this.checkpoints.loadAll(this.dataSource.manager)).map((r) => [r.name, r]));
    return this.runners.map((runner) => {
      const row = rows.get(runner.name);
      const position = row?.position ?? 0;
      return {
        name: runner.name,
        state: this.enabled ? runner.state : 'elsewhere',
        position,
        lag: Math.max(0, headPosition - position),
        updatedAt: row?.updatedAt ?? null,
        failure: runner.failure ?? row?.failure ?? null,
      };
    });
  }

  /** Read-your-writes: waits until `name` has applied the event at `position`. */
  waitFor(name: string, position: number, timeoutMs: number): Promise<boolean> {
    const runner = this.runners.find((r) => r.name === name);
    if (!runner) throw new Error(`Unknown projection ${name}`);
    return runner.waitFor(position, timeoutMs);
  }
}
