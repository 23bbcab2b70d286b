// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../../shared/engine/host/engineHost';
import type { ChannelKey } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import type { EngineClient } from '../../../renderer/src/engine/engineClient';
import { SettingsDialog } from '../../../renderer/src/settings/SettingsDialog';
import { useSettingsDialog } from '../../../renderer/src/settings/settingsStore';
import { useDesign } from '../../../renderer/src/store/designStore';
import { TopologyBuilder } from '../../shared/builders/topologyBuilder';

/** A client backed by a real engine host, recording what the dialog sends. */
function engineClient() {
  const engine = new EngineHost();
  const lab = new TopologyBuilder();
  const hv = lab.hypervisor(lab.host('small', { sockets: 1, coresPerSocket: 2, threadsPerCore: 2 }), 'kvm');
  lab.vm(hv, 'a', { vcpus: 4 });
  lab.vm(hv, 'b', { vcpus: 4 });
  engine.replace(lab.design);
  const calls: { key: string; request: unknown }[] = [];
  const client: EngineClient = {
    platform: 'web',
    call: (key, request) => {
      calls.push({ key, request });
      return Promise.resolve(engine.handleRaw(key as ChannelKey, request)) as never;
    },
    on: () => () => undefined,
  };
  return { engine, client, calls };
}

afterEach(cleanup);
beforeEach(() => { vi.useRealTimers(); });

async function openDialog() {
  const e = engineClient();
  await act(async () => { await useDesign.getState().connect(e.client); });
  useSettingsDialog.setState({ open: true });
  render(<SettingsDialog />);
  return { ...e, dialog: screen.getByRole('dialog', { name: 'Project settings' }) };
}

const commands = (calls: { key: string; request: unknown }[]) => calls.filter((c) => c.key === 'designCommand').map((c) => (c.request as { command: unknown }).command);

describe('Project Settings dialog', () => {
  it('shows each setting with its unit and what uses it; refuses a bad value inline and sends nothing', async () => {
    const { dialog, calls } = await openDialog();
    const ratio = within(dialog).getByLabelText('vCPU : pCPU ratio') as HTMLInputElement;
    expect(ratio.value).toBe('4');
    expect(within(dialog).getByTestId('setting-vcpuRatio').textContent).toMatch(/hardware thread.*Used by host-vcpu-capacity/);
    expect(within(dialog).getByTestId('setting-hostOsRamMiB').textContent).toContain('MiB');
    fireEvent.change(ratio, { target: { value: '0' } });
    fireEvent.blur(ratio);
    expect(within(dialog).getByRole('alert').textContent).toBe('Must be at least 0.1.');
    expect(ratio.getAttribute('aria-invalid')).toBe('true');
    await act(async () => { fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' })); });
    expect(commands(calls)).toEqual([]);
  });

  it('Apply sends one setSettings command; the live findings follow', async () => {
    const { dialog, calls, engine } = await openDialog();
    expect(within(dialog).getByTestId('settings-findings').textContent).toMatch(/0 errors, 0 warnings/);
    expect((within(dialog).getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByLabelText(/Use each hypervisor’s own ratios/));
    fireEvent.change(within(dialog).getByLabelText('vCPU : pCPU ratio'), { target: { value: '1' } });
    fireEvent.change(within(dialog).getByLabelText('Host OS memory'), { target: { value: '3 GiB' } });
    await act(async () => { fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' })); });
    expect(commands(calls)).toEqual([{ type: 'setSettings', settings: { useHypervisorRatios: false, vcpuRatio: 1, hostOsRamMiB: 3072 } }]);
    expect(engine.current().topology.settings).toEqual({ ...DEFAULT_SETTINGS, useHypervisorRatios: false, vcpuRatio: 1, hostOsRamMiB: 3072 });
    expect(within(dialog).getByTestId('settings-findings').textContent).toMatch(/0 errors, 1 warning \(1 from rules these settings steer\)/);

    // Undo while the dialog is open: the fields follow the design.
    await act(async () => { await useDesign.getState().undo(); });
    expect((within(dialog).getByLabelText('vCPU : pCPU ratio') as HTMLInputElement).value).toBe('4');
    expect(within(dialog).getByTestId('settings-findings').textContent).toMatch(/0 errors, 0 warnings/);
  });

  it('Reset to defaults fills the defaults in; Apply sends only what differs', async () => {
    const { engine, client, calls } = await openDialog();
    await act(async () => { await useDesign.getState().run({ type: 'setSettings', settings: { storageWarnPercent: 60, countPoweredOffVms: true } }); });
    const dialog = screen.getByRole('dialog', { name: 'Project settings' });
    expect((within(dialog).getByLabelText('Storage warning level') as HTMLInputElement).value).toBe('60');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }));
    expect((within(dialog).getByLabelText('Storage warning level') as HTMLInputElement).value).toBe('85');
    expect(engine.current().topology.settings.storageWarnPercent).toBe(60);
    await act(async () => { fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' })); });
    expect(commands(calls).at(-1)).toEqual({ type: 'setSettings', settings: { storageWarnPercent: 85, countPoweredOffVms: false } });
    expect(engine.current().topology.settings).toEqual(DEFAULT_SETTINGS);
    expect(client.platform).toBe('web');
  });
});
