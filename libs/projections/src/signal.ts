/**
 * A wake-up that many can wait on, each with its own timeout. A fire() with nobody
 * waiting is remembered, so a wake-up that lands between two waits is never lost.
 */
export class Signal {
  private waiters = new Set<() => void>();
  private pending = false;

  fire(): void {
    if (this.waiters.size === 0) {
      this.pending = true;
      return;
    }
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const resolve of waiters) resolve();
  }

  /** Resolves at the next fire() (or a remembered one) or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }
}
