import { START, type GlobalCheckpoint } from '@app/event-store';
import type { EntityManager } from 'typeorm';

export interface ProjectionFailure {
  eventId: string;
  position: number;
  type: string;
  message: string;
  at: string;
}

export interface CheckpointRow {
  name: string;
  checkpoint: GlobalCheckpoint;
  /** Global position of the last applied event (0 before any). */
  position: number;
  failure: ProjectionFailure | null;
  updatedAt: string | null;
}

/** The projection_checkpoints table: where each projection stands, next to its read model. */
export class CheckpointStore {
  async ensure(tx: EntityManager, name: string): Promise<void> {
    await tx.query(
      `INSERT INTO projection_checkpoints (name, major, minor, position) VALUES ($1, $2, $3, 0)
       ON CONFLICT (name) DO NOTHING`,
      [name, START.major.toString(), START.minor.toString()],
    );
  }

  async load(tx: EntityManager, name: string): Promise<CheckpointRow> {
    const rows = await tx.query(
      `SELECT name, major::text, minor::text, position, failure, updated_at
       FROM projection_checkpoints WHERE name = $1`,
      [name],
    );
    if (!rows[0]) throw new Error(`No checkpoint for projection ${name}`);
    return toRow(rows[0]);
  }

  async loadAll(tx: EntityManager): Promise<CheckpointRow[]> {
    const rows = await tx.query(
      'SELECT name, major::text, minor::text, position, failure, updated_at FROM projection_checkpoints ORDER BY name',
    );
    return rows.map(toRow);
  }

  /** Moves the checkpoint only from where this batch started; false when someone else moved it. */
  async advance(
    tx: EntityManager,
    name: string,
    from: GlobalCheckpoint,
    to: GlobalCheckpoint,
    position: number,
  ): Promise<boolean> {
    const [, affected] = await tx.query(
      `UPDATE projection_checkpoints
       SET major = $4, minor = $5, position = $6, failure = NULL, updated_at = now()
       WHERE name = $1 AND major = $2 AND minor = $3`,
      [name, from.major.toString(), from.minor.toString(), to.major.toString(), to.minor.toString(), position],
    );
    return affected === 1;
  }

  async reset(tx: EntityManager, name: string): Promise<void> {
    await tx.query(
      `UPDATE projection_checkpoints SET major = $2, minor = $3, position = 0, failure = NULL, updated_at = now()
       WHERE name = $1`,
      [name, START.major.toString(), START.minor.toString()],
    );
  }

  async recordFailure(tx: EntityManager, name: string, failure: ProjectionFailure): Promise<void> {
    await tx.query('UPDATE projection_checkpoints SET failure = $2 WHERE name = $1', [name, JSON.stringify(failure)]);
  }
}

function toRow(row: {
  name: string;
  major: string;
  minor: string;
  position: string;
  failure: ProjectionFailure | null;
  updated_at: Date | null;
}): CheckpointRow {
  return {
    name: row.name,
    checkpoint: { major: BigInt(row.major), minor: BigInt(row.minor) },
    position: Number(row.position),
    failure: row.failure,
    updatedAt: row.updated_at ? row.updated_at.toISOString() : null,
  };
}
