import type { Pool } from 'pg';
import type { Actor } from '../auth/roles';

export interface AccessLogEntry {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  caseId: string;
  action: string;
  outcome: 'allowed' | 'denied';
}

interface PendingEntry {
  row: [string, string, string, string, string];
  done(error?: unknown): void;
}

const MAX_WRITES = 2;

/**
 * Who read or tried to read which case, and when. Append-only (a trigger refuses changes).
 * Every entry is written before the request goes on; entries that arrive while others are
 * being written are written together (one INSERT, one commit) to spare the disk.
 */
export class AccessLog {
  private queue: PendingEntry[] = [];
  private writing = 0;

  constructor(private readonly pool: Pool) {}

  record(actor: Actor, caseId: string, action: string, outcome: 'allowed' | 'denied'): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row: [actor.id, actor.role, caseId, action, outcome], done: (error) => (error ? reject(error) : resolve()) });
      this.drain();
    });
  }

  private drain(): void {
    while (this.writing < MAX_WRITES && this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      this.writing++;
      void this.write(batch).finally(() => {
        this.writing--;
        this.drain();
      });
    }
  }

  private async write(batch: PendingEntry[]): Promise<void> {
    const column = (i: number) => batch.map((entry) => entry.row[i]);
    try {
      await this.pool.query(
        `INSERT INTO access_log (actor_id, actor_role, case_id, action, outcome)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[])`,
        [column(0), column(1), column(2), column(3), column(4)],
      );
      for (const entry of batch) entry.done();
    } catch (error) {
      for (const entry of batch) entry.done(error);
    }
  }

  async forCase(caseId: string): Promise<AccessLogEntry[]> {
    const { rows } = await this.pool.query(
      `SELECT at, actor_id, actor_role, case_id, action, outcome FROM access_log WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorRole: r.actor_role,
      caseId: r.case_id,
      action: r.action,
      outcome: r.outcome,
    }));
  }
}
