import type { Result } from '../../engine/result';

/** A project file as plain JSON, between parsing and validation: the shape migrations work on. */
export type ProjectDocument = Record<string, unknown>;

/**
 * One step of the file format. Migration N turns a document of format N-1 into format N.
 * It works on plain JSON and never imports the current schemas: those describe only the latest
 * format, and a migration must keep meaning the same thing forever.
 */
export interface Migration {
  /** The format this step produces; its file is `NNNN-<name>.ts` (e.g. 0002-add-vlan-mtu.ts). */
  version: number;
  name: string;
  /** What changed, in one sentence. */
  description: string;
  /** Pure: returns the upgraded document (a new object) or the reason it cannot. */
  up(doc: ProjectDocument): Result<ProjectDocument>;
}
