import { describe, expect, it } from 'vitest';
import { checkText, formatVlanList, parseNumber, parseVlanList } from '../../../renderer/src/inspector/units';

describe('number fields', () => {
  it('accept plain numbers and related units', () => {
    expect(parseNumber('4096', { unit: 'MiB' })).toEqual({ ok: true, value: 4096 });
    expect(parseNumber('8 GiB', { unit: 'MiB' })).toEqual({ ok: true, value: 8192 });
    expect(parseNumber('512 MiB', { unit: 'GiB' })).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('10 Gbit/s', { unit: 'Mbit/s' })).toEqual({ ok: true, value: 10000 });
    expect(parseNumber('1,500', { unit: 'bytes' })).toEqual({ ok: true, value: 1500 });
  });

  it('refuse with a reason', () => {
    expect(parseNumber('abc', { unit: 'MiB' })).toEqual({ ok: false, error: '“abc” is not a number.' });
    expect(parseNumber('', {})).toMatchObject({ ok: false, error: 'Enter a value.' });
    expect(parseNumber('8 GB', { unit: 'MiB' })).toMatchObject({ ok: false, error: expect.stringContaining('binary units') });
    expect(parseNumber('3 W', { unit: 'MiB' })).toMatchObject({ ok: false, error: expect.stringContaining('Unknown unit') });
    expect(parseNumber('1.5', { unit: 'vCPU', integer: true })).toMatchObject({ ok: false, error: 'Must be a whole number of vCPU (got 1.5).' });
    expect(parseNumber('0', { unit: 'MiB', min: 1 })).toMatchObject({ ok: false, error: 'Must be at least 1 MiB.' });
    expect(parseNumber('5000', { min: 1, max: 4094, integer: true })).toMatchObject({ ok: false, error: 'Must be at most 4094.' });
  });
});

describe('VLAN lists', () => {
  it('parse ids and ranges, sorted and unique', () => {
    expect(parseVlanList('30, 10 20-22;10')).toEqual({ ok: true, value: [10, 20, 21, 22, 30] });
    expect(parseVlanList('')).toEqual({ ok: true, value: [] });
    expect(parseVlanList('0')).toMatchObject({ ok: false });
    expect(parseVlanList('4095')).toMatchObject({ ok: false, error: expect.stringContaining('1 to 4094') });
    expect(parseVlanList('20-10')).toMatchObject({ ok: false, error: expect.stringContaining('backwards') });
    expect(parseVlanList('ten')).toMatchObject({ ok: false });
  });
  it('format compactly and round-trip', () => {
    expect(formatVlanList([10, 20, 21, 22, 30, 31])).toBe('10, 20-22, 30, 31');
    const p = parseVlanList(formatVlanList([1, 2, 3, 100, 4094]));
    expect(p).toEqual({ ok: true, value: [1, 2, 3, 100, 4094] });
  });
});

describe('text fields', () => {
  it('check addresses', () => {
    expect(checkText('10.0.10.21', 'ipv4')).toEqual({ ok: true, value: '10.0.10.21' });
    expect(checkText('10.0.10.256', 'ipv4')).toMatchObject({ ok: false });
    expect(checkText('', 'ipv4')).toEqual({ ok: true, value: '' });
    expect(checkText('10.0.0.0/24', 'cidr')).toMatchObject({ ok: true });
    expect(checkText('10.0.0.0/33', 'cidr')).toMatchObject({ ok: false });
    expect(checkText('52-54-00-AB-CD-EF', 'mac')).toEqual({ ok: true, value: '52:54:00:ab:cd:ef' });
    expect(checkText('52:54:00', 'mac')).toMatchObject({ ok: false });
    expect(checkText('  ', 'nonempty')).toMatchObject({ ok: false, error: 'Cannot be empty.' });
  });
});
