/**
 * Read-your-writes: every command answers with the global position of its event; read-model
 * queries pass the highest one seen as `minPosition`, so the API waits until its read models
 * include the user's own write before answering.
 */
let highest = 0;

export function recordPosition(position: number | undefined): void {
  if (typeof position === 'number' && position > highest) highest = position;
}

export function minPosition(): number | undefined {
  return highest > 0 ? highest : undefined;
}
