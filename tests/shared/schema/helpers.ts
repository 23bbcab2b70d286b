import type { Design } from '../../../shared/model';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { designOf } from '../builders/designOf';

export { designOf };

/** A small valid design: host-1 > hypervisor-2 > vm-3 attached (edge-5) to vlan-4. */
export function smallDesign(): Design {
  const at = { x: 10, y: 20 };
  return designOf(
    { type: 'addNode', kind: 'host', position: at },
    { type: 'addNode', kind: 'hypervisor', parentId: 'host-1' as never, position: at },
    { type: 'addNode', kind: 'vm', parentId: 'hypervisor-2' as never, position: at },
    { type: 'addNode', kind: 'vlan', position: { x: 400, y: 0 } },
    { type: 'connect', source: 'vm-3' as never, target: 'vlan-4' as never },
  );
}

/** JSON being damaged on purpose: any shape goes, so the type checker stands aside. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** The file of a design as plain JSON, ready to be damaged. */
export function fileOf(d: Design): Record<string, Loose> {
  return JSON.parse(serializeProject(d));
}

/** Loads a JSON document (or text) and insists it loaded. */
export function loadOk(doc: unknown) {
  const r = parseProject(typeof doc === 'string' ? doc : JSON.stringify(doc));
  if (!r.ok) throw new Error(`expected a project, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
