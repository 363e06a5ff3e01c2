/**
 * The last state this process saw of each stream, so a command on a stream it just wrote
 * need not read and decrypt the whole stream again. Never trusted blindly: an append still
 * expects the cached version, and a stale entry only turns into a reload and a retry.
 */
export class StateCache<S = unknown> {
  private readonly entries = new Map<string, S>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string): S | undefined {
    const state = this.entries.get(streamId);
    if (state !== undefined) {
      this.entries.delete(streamId);
      this.entries.set(streamId, state); // most recently used last
    }
    return state;
  }

  set(streamId: string, state: S): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, state);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.entries.delete(streamId);
  }
}
