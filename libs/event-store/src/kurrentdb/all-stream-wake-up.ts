import { END, excludeSystemEvents, type AllStreamSubscription, type KurrentDBClient } from '@kurrent/kurrentdb-client';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * The wake-up signal for onAppended: one live subscription to $all from the end, shared by
 * all listeners, opened on the first listener and closed after the last. It carries no
 * positions: listeners read with readAll, so an event missed while reconnecting only
 * waits for the wake-up sent when the subscription is confirmed again.
 */
export class AllStreamWakeUp {
  private readonly listeners = new Set<() => void>();
  private subscription: AllStreamSubscription | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs = FIRST_RETRY_MS;
  private notifyPending = false;
  private closed = false;

  constructor(private readonly client: KurrentDBClient) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    if (!this.subscription && !this.retryTimer) this.connect();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) void this.stop();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.stop();
  }

  private connect(): void {
    if (this.closed || this.listeners.size === 0) return;
    const subscription = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    this.subscription = subscription;
    subscription.on('data', () => this.notify());
    subscription.on('confirmation', () => {
      this.retryMs = FIRST_RETRY_MS;
      this.notify();
    });
    const lost = () => this.lost(subscription);
    subscription.on('error', lost);
    subscription.on('end', lost);
    subscription.on('close', lost);
  }

  private lost(subscription: AllStreamSubscription): void {
    if (this.subscription !== subscription) return;
    this.subscription = null;
    subscription.unsubscribe().catch(() => undefined);
    if (this.closed || this.listeners.size === 0) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private async stop(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.unsubscribe().catch(() => undefined);
  }

  /** Coalesced: a burst of events wakes each listener once. */
  private notify(): void {
    if (this.notifyPending) return;
    this.notifyPending = true;
    setImmediate(() => {
      this.notifyPending = false;
      for (const listener of this.listeners) {
        try {
          listener();
        } catch {
          // One listener's failure must not starve the others.
        }
      }
    });
  }
}
