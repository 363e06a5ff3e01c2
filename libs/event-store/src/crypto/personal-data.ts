/** How an encrypted field is stored in event data. */
export interface EncryptedValue {
  $encrypted: string;
}

/** What an encrypted field reads back as once its subject's key is erased. */
export interface ErasedValue {
  $erased: true;
}

export const ERASED: ErasedValue = Object.freeze({ $erased: true as const });

export function isErased(value: unknown): value is ErasedValue {
  return typeof value === 'object' && value !== null && (value as ErasedValue).$erased === true;
}

export function isEncrypted(value: unknown): value is EncryptedValue {
  return typeof value === 'object' && value !== null && typeof (value as EncryptedValue).$encrypted === 'string';
}

/** Reads a dot path (`expert.name`) from an object; undefined when absent. */
export function getPath(data: Record<string, unknown>, path: string): unknown {
  let node: unknown = data;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Returns a copy of `data` with the value at `path` replaced; intermediate objects are copied. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path.split('.');
  if (rest.length === 0) return { ...data, [key]: value };
  const child = data[key];
  if (typeof child !== 'object' || child === null) return data;
  return { ...data, [key]: setPath(child as Record<string, unknown>, rest.join('.'), value) };
}
