import { fail, type Result } from '../engine/result';

/**
 * Why a file could not be opened at all. Everything short of these is repaired with warnings.
 * - empty-file / not-json: nothing readable (truncated, binary, another format)
 * - not-a-project: JSON, but not a VirtLab project
 * - bad-format-version: a VirtLab project without a usable format number
 * - format-too-new: written by a newer VirtLab; refused rather than half-read
 * - migration-failed: an upgrade step could not convert an older file
 * - damaged-project: the envelope is right but there is no topology to restore
 * - internal: a bug in the loader itself (never expected; the fuzz test guards it)
 */
export type LoadErrorCode = 'empty-file' | 'not-json' | 'not-a-project' | 'bad-format-version' | 'format-too-new' | 'migration-failed' | 'damaged-project' | 'internal';

export const LOAD_ERROR_CODES: readonly LoadErrorCode[] = ['empty-file', 'not-json', 'not-a-project', 'bad-format-version', 'format-too-new', 'migration-failed', 'damaged-project', 'internal'];

/** A typed load failure. */
export const loadError = <T = never>(code: LoadErrorCode, message: string): Result<T> => fail(code, message);
