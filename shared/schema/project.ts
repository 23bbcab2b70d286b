import type { Design } from '../model';
import { ok, type Result } from '../engine/result';
import { canonicalDesign } from './canonical';
import { designSchema } from './design';
import { ENVELOPE_KEYS, FORMAT_VERSION, PROJECT_KIND } from './envelope';
import { loadError } from './loadErrors';
import { migrate } from './migrations/registry';
import { describeGot } from './repair/describe';
import { isPlainObject } from './repair/warnings';
import { restoreDesign } from './restore';
import { designFromStored, storedDesign, type StoredDesign } from './storedDesign';

export interface ParsedProject { design: Design; warnings: string[] }

/** More warnings than this are summarised: a badly damaged file should not flood the UI. */
export const MAX_WARNINGS = 100;

/**
 * Serializes a design as the latest project file format (keys in schema order, 2-space JSON, or on
 * one line when `indent` is 0: the web journal's copy, as browser storage is small).
 */
export function serializeProject(design: Design, appVersion = '0.1.0', indent = 2): string {
  const { topology, layout, scenarios } = canonicalDesign(storedDesign(design));
  const doc = { kind: PROJECT_KIND, formatVersion: FORMAT_VERSION, app: { name: 'VirtLab', version: appVersion }, topology, layout, scenarios };
  return `${JSON.stringify(doc, null, indent)}\n`;
}

/**
 * Loads a project file: parse -> check kind -> refuse newer formats -> migrate -> validate ->
 * restore/repair. Fails only when nothing can be recovered (typed codes, see loadErrors.ts);
 * otherwise returns the design and the repairs made, as warnings. Never throws.
 */
export function parseProject(text: string): Result<ParsedProject> {
  try {
    return load(text);
  } catch (e) {
    return loadError('internal', `VirtLab could not read this project because of an internal error: ${(e as Error).message}`);
  }
}

function load(text: string): Result<ParsedProject> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return loadError('empty-file', 'The file is empty.');
  let raw: unknown;
  let protoKey = false;
  try {
    ({ value: raw, protoKey } = parseJson(body));
  } catch (e) {
    return loadError('not-json', `The file is not valid JSON (${(e as Error).message}); it may be truncated or not a VirtLab project.`);
  }
  if (!isPlainObject(raw)) return loadError('not-a-project', `This is not a VirtLab project: the file holds ${describeGot(raw)}, not a project.`);
  if (raw.kind !== PROJECT_KIND) {
    return loadError('not-a-project', `This is not a VirtLab project: "kind" is ${describeGot(raw.kind)}, expected "${PROJECT_KIND}".`);
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return loadError('bad-format-version', `This VirtLab project has no usable format version: "formatVersion" is ${describeGot(version)}, expected a whole number from 1.`);
  }
  if (version > FORMAT_VERSION) {
    return loadError('format-too-new', `This project was saved in file format ${version} by a newer VirtLab; this version reads formats 1 to ${FORMAT_VERSION}. Update VirtLab to open it.`);
  }
  const migrated = migrate(raw, version);
  if (!migrated.ok) return loadError('migration-failed', migrated.error.message);
  const doc = migrated.value;
  if (!isPlainObject(doc.topology)) {
    return loadError('damaged-project', `This VirtLab project is damaged beyond repair: "topology" is ${describeGot(doc.topology)}, so there is no design to restore.`);
  }
  const extra = Object.keys(doc).filter((k) => !(ENVELOPE_KEYS as readonly string[]).includes(k));
  const notes = extra.length ? [`file: unknown ${extra.length === 1 ? 'field' : 'fields'} ${extra.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')} — ignored`] : [];

  const candidate = { topology: doc.topology, layout: doc.layout ?? {}, scenarios: doc.scenarios ?? [] };
  // Zod's output equals what it checked (the schemas have no defaults or transforms), but it is a copy
  // made object by object among zod's own garbage, and a full validation over it took 1.4-1.6x as
  // long as over the objects JSON.parse made, which sit in memory in file order. So the checked
  // objects are kept, and zod's copy is dropped.
  const strict = designSchema.safeParse(candidate);
  if (strict.success && !protoKey) return ok({ design: designFromStored(candidate as unknown as StoredDesign), warnings: notes });

  const restored = restoreDesign({ topology: doc.topology, layout: doc.layout, scenarios: doc.scenarios });
  const check = designSchema.safeParse(restored.design);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    return loadError('internal', `VirtLab could not repair this project (${issue.path.join('.')}: ${issue.message}). Please report this file.`);
  }
  return ok({ design: designFromStored(restored.design), warnings: cap([...notes, ...restored.warnings]) });
}

/**
 * JSON.parse that also says whether any object had a "__proto__" key: zod drops those silently,
 * so such a file takes the repair path, where the drop is reported. The reviver only runs when
 * the text could spell that key, plainly or with \u escapes.
 */
function parseJson(body: string): { value: unknown; protoKey: boolean } {
  let protoKey = false;
  const spot = (key: string, v: unknown) => {
    if (key === '__proto__') protoKey = true;
    return v;
  };
  const value: unknown = JSON.parse(body, /proto|\\u/i.test(body) ? spot : undefined);
  return { value, protoKey };
}

function cap(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), `…and ${warnings.length - MAX_WARNINGS} more repairs.`];
}
