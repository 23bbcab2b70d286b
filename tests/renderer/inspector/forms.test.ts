import { describe, expect, it } from 'vitest';
import { RELATION_DEFAULTS } from '../../../shared/engine/commands/relationDefaults';
import { DEFAULT_PROPS, HYPERVISOR_FAMILIES, KINDS, hypervisorFamilyProps, type RelationKind } from '../../../shared/model';
import { EDGE_FORMS } from '../../../renderer/src/inspector/edgeForms';
import type { Field } from '../../../renderer/src/inspector/fieldTypes';
import { NODE_FORMS } from '../../../renderer/src/inspector/nodeForms';
import { checkText, formatVlanList, parseNumber, parseVlanList } from '../../../renderer/src/inspector/units';

/** Every default value must be something its own field accepts (else the form would refuse the untouched value). */
function expectValid(field: Field, value: unknown, where: string) {
  switch (field.type) {
    case 'number': expect(parseNumber(String(value), field), where).toMatchObject({ ok: true, value }); break;
    case 'text': expect(checkText(String(value), field.format).ok, where).toBe(true); break;
    case 'vlans': expect(parseVlanList(formatVlanList(value as number[])), where).toEqual({ ok: true, value }); break;
    case 'select': expect(field.options.map((o) => o.value), where).toContain(value); break;
    case 'flags': for (const v of value as string[]) expect(field.options.map((o) => o.value), where).toContain(v); break;
    case 'group': for (const f of field.fields) expectValid(f, (value as Record<string, unknown>)[f.key], `${where}.${f.key}`); break;
    case 'rows': for (const [i, row] of (value as Record<string, unknown>[]).entries()) for (const f of field.fields) expectValid(f, row[f.key], `${where}[${i}].${f.key}`); break;
    default: break;
  }
}

describe('inspector forms', () => {
  it('have a field for every property of every kind, and accept the defaults', () => {
    for (const kind of KINDS) {
      const fields = NODE_FORMS[kind].flatMap((s) => s.fields);
      const defaults = DEFAULT_PROPS[kind] as Record<string, unknown>;
      expect(fields.map((f) => f.key).sort(), kind).toEqual(Object.keys(defaults).sort());
      for (const f of fields) expectValid(f, defaults[f.key], `${kind}.${f.key}`);
    }
  });

  it('cover every nested object key (guest OS, workload, HA)', () => {
    const nested = NODE_FORMS.vm.flatMap((s) => s.fields).filter((f) => f.type === 'group');
    for (const g of nested) {
      const value = (DEFAULT_PROPS.vm as Record<string, unknown>)[g.key] as Record<string, unknown>;
      const keys = Object.keys(value).filter((k) => k !== 'trace');
      expect(g.type === 'group' ? g.fields.map((f) => f.key).sort() : [], g.key).toEqual(keys.sort());
    }
  });

  it('have a field for every connection property', () => {
    for (const r of Object.keys(RELATION_DEFAULTS) as RelationKind[]) {
      expect(EDGE_FORMS[r].map((f) => f.key).sort(), r).toEqual(Object.keys(RELATION_DEFAULTS[r]).sort());
      for (const f of EDGE_FORMS[r]) expectValid(f, (RELATION_DEFAULTS[r] as Record<string, unknown>)[f.key], `${r}.${f.key}`);
    }
  });

  it('apply a hypervisor family with its defaults', () => {
    const family = NODE_FORMS.hypervisor.flatMap((s) => s.fields).find((f) => f.key === 'family');
    expect(family?.type).toBe('select');
    if (family?.type !== 'select') return;
    expect(family.options.map((o) => o.value).sort()).toEqual(Object.keys(HYPERVISOR_FAMILIES).sort());
    expect(family.apply!('xen')).toEqual(hypervisorFamilyProps('xen'));
  });

  it('bring a CPU model’s vendor and features along', () => {
    const cpu = NODE_FORMS.host.flatMap((s) => s.fields).find((f) => f.key === 'cpuModel');
    if (cpu?.type !== 'select') throw new Error('cpuModel is a select');
    expect(cpu.apply!('epyc-7543')).toMatchObject({ cpuVendor: 'amd', cpuFeatures: expect.arrayContaining(['amd-v', 'npt']) });
  });
});
