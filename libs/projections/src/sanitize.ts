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

/** Sets the given dot paths of `data` to null where they are present (an erasure). */
export function blankPaths(data: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const path of paths) {
    const keys = path.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    const last = keys[keys.length - 1];
    if (node && typeof node === 'object' && last in node) node[last] = null;
  }
  return copy;
}
