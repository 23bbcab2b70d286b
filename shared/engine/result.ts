/** Errors cross every boundary as plain data, never as exceptions. */
export interface EngineError { code: string; message: string; path?: string }
export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, message: string, path?: string): Result<T> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});
