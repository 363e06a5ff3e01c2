import { isErased } from '@app/event-store';

/**
 * Event data as read models keep it: an erased personal field (`{ $erased: true }`) becomes
 * null, so a rebuild after an erasure equals the incremental result that blanked it.
 */
export function withErasedAsNull<T>(value: T): T {
  if (isErased(value)) return null as T;
  if (Array.isArray(value)) return value.map(withErasedAsNull) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withErasedAsNull(v)])) as T;
  }
  return value;
}

/**
 * Replaces the value at each dot path for which `replace` says so, copying only the objects
 * on the way (events are read-only and this runs for every event of a rebuild).
 */
function replacePaths(
  data: Record<string, unknown>,
  paths: readonly string[],
  replace: (value: unknown) => boolean,
): Record<string, unknown> {
  let result = data;
  for (const path of paths) {
    const keys = path.split('.');
    const chain: Record<string, unknown>[] = [result];
    for (const key of keys.slice(0, -1)) {
      const next = chain[chain.length - 1][key];
      if (typeof next !== 'object' || next === null) break;
      chain.push(next as Record<string, unknown>);
    }
    if (chain.length !== keys.length) continue;
    const last = keys[keys.length - 1];
    const holder = chain[chain.length - 1];
    // Already null (listed twice, say): nothing to copy.
    if (!(last in holder) || holder[last] === null || !replace(holder[last])) continue;
    let replaced: Record<string, unknown> = { ...holder, [last]: null };
    for (let i = chain.length - 2; i >= 0; i--) replaced = { ...chain[i], [keys[i]]: replaced };
    result = replaced;
  }
  return result;
}

/** Sets the given dot paths of `data` to null where they are present (an erasure). */
export function blankPaths(data: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  return replacePaths(data, paths, () => true);
}

/** Nulls the erased markers at the given paths: where an erased field can only be. */
export function erasedPathsAsNull(data: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  return replacePaths(data, paths, isErased);
}
