import type { Pool, PoolClient } from 'pg';

const RECONNECT_MS = 1_000;
/** At most one NOTIFY per this many ms: each is a committed transaction of its own. */
const NOTIFY_INTERVAL_MS = 10;

/**
 * Wakes subscribers when events are appended: at once in this process, and through
 * LISTEN/NOTIFY in others. NOTIFY is sent outside the append transaction and coalesced to
 * one per 10 ms, because a NOTIFY inside every append serialises commits on PostgreSQL's
 * queue lock, and each NOTIFY is a committed (flushed) transaction of its own.
 * Subscribers must also poll: a lost notification only delays them.
 */
export class NotificationChannel {
  private readonly listeners = new Set<() => void>();
  private client: PoolClient | null = null;
  private notifyPending = false;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async listen(): Promise<void> {
    if (this.closed || this.client) return;
    try {
      const client = await this.pool.connect();
      client.on('notification', () => this.wake());
      client.on('error', () => this.reconnect(client));
      await client.query(`LISTEN ${this.channel}`);
      this.client = client;
    } catch {
      this.scheduleReconnect();
    }
  }

  /** An append committed: wake local subscribers now, and other processes soon. */
  announce(): void {
    this.wake();
    if (this.notifyPending || this.closed) return;
    this.notifyPending = true;
    setTimeout(() => {
      this.notifyPending = false;
      this.pool.query('SELECT pg_notify($1, $2)', [this.channel, '']).catch(() => undefined);
    }, NOTIFY_INTERVAL_MS).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    if (client) {
      await client.query(`UNLISTEN ${this.channel}`).catch(() => undefined);
      client.release();
    }
  }

  private wake(): void {
    for (const listener of this.listeners) listener();
  }

  private reconnect(broken: PoolClient): void {
    if (this.client !== broken) return;
    this.client = null;
    broken.release(true);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (!this.closed) setTimeout(() => void this.listen(), RECONNECT_MS).unref();
  }
}
