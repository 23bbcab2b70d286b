import { fail, ok, type Result } from '../../engine/result';
import { initial } from './0001-initial';
import type { Migration, ProjectDocument } from './types';

/*
 * How to add format 2: write migrations/0002-<what>.ts exporting a Migration with version 2,
 * append it here, save a fixture of the new format in tests/fixtures/formats/v2/, and change the
 * strict schemas. FORMAT_VERSION follows this list; format-1 fixtures keep loading through the
 * new step, which the fixture test checks. Never edit or remove a released migration.
 */
export const MIGRATIONS: readonly Migration[] = [initial];

/** The format this build writes: the version of the last migration. */
export const LATEST_FORMAT_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Problems with a migration list: versions must run 1, 2, 3… with no gap or repeat. */
export function registryProblems(list: readonly Migration[]): string[] {
  return list.flatMap((m, i) => (m.version === i + 1 ? [] : [`migration "${m.name}" has version ${m.version}, expected ${i + 1}`]));
}

/** Upgrades a document from format `from` to the last format of `list`, one step at a time. */
export function migrate(doc: ProjectDocument, from: number, list: readonly Migration[] = MIGRATIONS): Result<ProjectDocument> {
  let cur = doc;
  for (const m of list) {
    if (m.version <= from) continue;
    const label = `${String(m.version).padStart(4, '0')}-${m.name}`;
    let step: Result<ProjectDocument>;
    try {
      step = m.up(cur);
    } catch (e) {
      step = fail('migration-threw', (e as Error).message);
    }
    if (!step.ok) return fail('migration-failed', `Could not upgrade this project from format ${m.version - 1} to ${m.version} (${label}): ${step.error.message}`);
    cur = { ...step.value, formatVersion: m.version };
  }
  return ok(cur);
}
