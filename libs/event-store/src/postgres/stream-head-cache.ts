export interface StreamHead {
  version: number;
  hash: string;
}

/**
 * The last known version and hash per stream, so an append whose writer just read the
 * stream needs no extra round trip. Safe because a written version never changes: a stale
 * entry only makes the insert collide on (stream_id, version), and that is re-checked.
 */
export class StreamHeadCache {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): StreamHead | undefined {
    return this.heads.get(streamId);
  }

  set(streamId: string, head: StreamHead): void {
    const known = this.heads.get(streamId);
    if (known && known.version > head.version) return;
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) {
      const oldest = this.heads.keys().next().value as string;
      this.heads.delete(oldest);
    }
  }

  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}
