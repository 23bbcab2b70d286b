import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../../shared/schema/project';
import { internIds } from '../../../shared/schema/internIds';
import { richLab } from '../validation/richLab';

describe('internIds', () => {
  it('changes no value of a loaded design (ids and references keep their text)', () => {
    const design = richLab();
    const r = parseProject(serializeProject(design));
    if (!r.ok) throw new Error(r.error.message);
    const copy = structuredClone(r.value.design);
    internIds(r.value.design);
    expect(r.value.design).toEqual(copy);
    expect(r.value.design.topology).toEqual(design.topology);
  });
});
