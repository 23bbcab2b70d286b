/**
 * Globals of every runtime the engine runs in (Node 17+, browsers, Web Workers, Electron) that the
 * ES2022 library leaves out. Nothing here may need a DOM or Node API.
 */

/** The HTML structured clone: a deep copy of plain data (objects, arrays, Maps, strings, numbers). */
declare function structuredClone<T>(value: T): T;
