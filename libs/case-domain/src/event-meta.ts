/** What evolve needs from an event's metadata: when it happened and who did it. */
export interface EventMeta {
  /** ISO timestamp. */
  occurredAt: string;
  actorId: string;
}
