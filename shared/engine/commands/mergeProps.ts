import { fail, ok, type Result } from '../result';

const FROZEN = new Set(['id', 'kind', 'parentId', 'relation', 'source', 'target']);
/** Optional fields every element may gain later. */
const OPTIONAL = new Set(['notes']);

/**
 * Shallow-merges editable properties, refusing identity fields and values whose type differs
 * from the current one (a number stays a number). Deep checks belong to the schema and the rules.
 */
export function mergeProps<T extends object>(current: T, props: Record<string, unknown>): Result<T> {
  const cur = current as Record<string, unknown>;
  for (const [key, value] of Object.entries(props)) {
    if (FROZEN.has(key)) return fail('frozen-property', `"${key}" cannot be changed with setProps.`, key);
    if (!(key in cur) && !OPTIONAL.has(key)) return fail('unknown-property', `There is no property "${key}" on this element.`, key);
    const was = cur[key];
    const sameShape = was === undefined || was === null || value === null || typeof was === typeof value && Array.isArray(was) === Array.isArray(value);
    if (!sameShape) return fail('wrong-type', `"${key}" must be ${Array.isArray(was) ? 'a list' : `a ${typeof was}`}.`, key);
    if (typeof value === 'number' && !Number.isFinite(value)) return fail('wrong-type', `"${key}" must be a finite number.`, key);
  }
  return ok({ ...current, ...props } as T);
}
