// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldView } from '../../../renderer/src/inspector/fields/FieldView';
import type { Field } from '../../../renderer/src/inspector/fieldTypes';

afterEach(cleanup);

const ram: Field = { type: 'number', key: 'ramMiB', label: 'RAM', unit: 'MiB', integer: true, min: 1 };

describe('inspector fields', () => {
  it('shows the unit and commits a converted value on Enter', () => {
    const onCommit = vi.fn();
    render(<FieldView field={ram} value={4096} onCommit={onCommit} />);
    expect(screen.getByText('MiB')).toBeTruthy();
    const input = screen.getByLabelText('RAM') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '8 GiB' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith(8192);
  });

  it('refuses bad input inline and sends nothing; Escape restores', () => {
    const onCommit = vi.fn();
    render(<FieldView field={ram} value={4096} onCommit={onCommit} />);
    const input = screen.getByLabelText('RAM') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '-5' } });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Must be at least 1 MiB.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('4096');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not resend an unchanged value and follows outside changes (undo)', () => {
    const onCommit = vi.fn();
    const { rerender } = render(<FieldView field={ram} value={4096} onCommit={onCommit} />);
    const input = screen.getByLabelText('RAM') as HTMLInputElement;
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    rerender(<FieldView field={ram} value={2048} onCommit={onCommit} />);
    expect(input.value).toBe('2048');
  });

  it('edits a nested object as a whole (guest OS) and a select applies its extras', () => {
    const onCommit = vi.fn();
    const group: Field = { type: 'group', key: 'guestOs', label: 'Guest OS', fields: [{ type: 'toggle', key: 'pvCapable', label: 'PV-capable kernel' }] };
    render(<FieldView field={group} value={{ osName: 'Ubuntu', kernel: 'linux', pvCapable: true }} onCommit={onCommit} />);
    fireEvent.click(screen.getByLabelText('PV-capable kernel'));
    expect(onCommit).toHaveBeenCalledWith({ osName: 'Ubuntu', kernel: 'linux', pvCapable: false });

    const pick = vi.fn();
    const select: Field = { type: 'select', key: 'family', label: 'Family', options: [{ value: 'kvm', label: 'KVM' }, { value: 'xen', label: 'Xen' }], apply: (v) => ({ marker: v }) };
    render(<FieldView field={select} value="kvm" onCommit={pick} />);
    fireEvent.change(screen.getByLabelText('Family'), { target: { value: 'xen' } });
    expect(pick).toHaveBeenCalledWith('xen', { marker: 'xen' });
  });

  it('edits a list of rows: add, change, remove', () => {
    const onCommit = vi.fn();
    const rows: Field = { type: 'rows', key: 'nics', label: 'NICs', itemLabel: 'NIC group', newRow: { count: 1 }, fields: [{ type: 'number', key: 'count', label: 'Ports', integer: true, min: 1 }] };
    render(<FieldView field={rows} value={[{ count: 2 }, { count: 4 }]} onCommit={onCommit} />);
    fireEvent.click(screen.getByText('+ Add NIC group'));
    expect(onCommit).toHaveBeenLastCalledWith([{ count: 2 }, { count: 4 }, { count: 1 }]);
    fireEvent.click(screen.getByLabelText('Remove NIC group 1'));
    expect(onCommit).toHaveBeenLastCalledWith([{ count: 4 }]);
    const second = screen.getAllByLabelText('Ports')[1] as HTMLInputElement;
    fireEvent.change(second, { target: { value: '8' } });
    fireEvent.blur(second);
    expect(onCommit).toHaveBeenLastCalledWith([{ count: 2 }, { count: 8 }]);
  });

  it('parses VLAN lists', () => {
    const onCommit = vi.fn();
    render(<FieldView field={{ type: 'vlans', key: 'vlans', label: 'VLANs carried' }} value={[10]} onCommit={onCommit} />);
    const input = screen.getByLabelText('VLANs carried') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '10, 20-22' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledWith([10, 20, 21, 22]);
    fireEvent.change(input, { target: { value: '5000' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toContain('1 to 4094');
  });
});
