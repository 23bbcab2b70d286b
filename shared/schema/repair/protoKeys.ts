import { at, isPlainObject, type Warnings } from './warnings';

/**
 * Removes every own "__proto__" key from parsed JSON, in place, with a warning for each. Such a
 * key can never be data (assigning it replaces an object's prototype); zod would drop it without
 * a word, so it is dropped here, where the repair can say so.
 */
export function dropProtoKeys(v: unknown, path: string, w: Warnings): void {
  if (Array.isArray(v)) {
    v.forEach((x, i) => dropProtoKeys(x, at(path, i), w));
    return;
  }
  if (!isPlainObject(v)) return;
  if (Object.hasOwn(v, '__proto__')) {
    delete v['__proto__'];
    w.add(path, 'a "__proto__" key cannot hold data — dropped');
  }
  for (const [k, x] of Object.entries(v)) dropProtoKeys(x, at(path, k), w);
}
