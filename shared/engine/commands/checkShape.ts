import type { Element, RelationKind } from '../../model';
import { ELEMENT_SCHEMAS } from '../../schema/kinds';
import { RELATION_PROPS_SCHEMAS } from '../../schema/relation';
import { fail, ok, type Result } from '../result';

type Issue = { path: PropertyKey[]; message: string };

function refusal<T>(what: string, issue: Issue): Result<T> {
  const path = issue.path.map(String).join('.');
  return fail('invalid-value', `${what}: ${path || 'value'}: ${issue.message}.`, path);
}

/**
 * Checks an element against its kind's strict schema, so a command can never store a value a
 * saved file would have to repair (a negative RAM size, a NaN, a 300-character id).
 */
export function checkElement<E extends Element>(el: E): Result<E> {
  const r = ELEMENT_SCHEMAS[el.kind].safeParse(el);
  return r.success ? ok(el) : refusal(`"${el.name}" was not changed`, r.error.issues[0]!);
}

/** Checks a connection's props against its relation's schema. */
export function checkRelationProps<P>(relation: RelationKind, props: P): Result<P> {
  const r = RELATION_PROPS_SCHEMAS[relation].safeParse(props);
  return r.success ? ok(props) : refusal(`The ${relation} connection was not changed`, r.error.issues[0]!);
}
