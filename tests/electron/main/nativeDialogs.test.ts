import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(),
};
vi.mock('electron', () => ({ dialog }));
const { nativeDialogs } = await import('../../../electron/main/document/nativeDialogs');

let dir: string;
const window = { isDestroyed: () => false };
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'virtlab-dialogs-'));
  for (const fn of Object.values(dialog)) fn.mockReset();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('native dialogs', () => {
  const dialogs = () => nativeDialogs(() => window as never);

  it('open takes projects and VirtLab diagrams (SVG, PNG), parented to the window', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/ada/lab.virtlab.json'] });
    expect(await dialogs().chooseProjectToOpen()).toBe('/home/ada/lab.virtlab.json');
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options.filters[0]).toEqual({ name: 'VirtLab project or diagram', extensions: ['virtlab.json', 'json', 'svg', 'png'] });
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await dialogs().chooseProjectToOpen()).toBeNull();
  });

  it('save adds .virtlab.json, and asks before replacing a file the dialog did not confirm', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'lab') });
    expect(await dialogs().chooseProjectSavePath('Untitled.virtlab.json')).toBe(join(dir, 'lab.virtlab.json'));
    expect(dialog.showMessageBox).not.toHaveBeenCalled();

    await writeFile(join(dir, 'lab.virtlab.json'), 'precious');
    dialog.showMessageBox.mockResolvedValue({ response: 1 }); // Cancel
    expect(await dialogs().chooseProjectSavePath('x')).toBeNull();
    dialog.showMessageBox.mockResolvedValue({ response: 0 }); // Replace
    expect(await dialogs().chooseProjectSavePath('x')).toBe(join(dir, 'lab.virtlab.json'));
    expect(existsSync(join(dir, 'lab.virtlab.json'))).toBe(true);
  });

  it("maps the unsaved-changes box to save / discard / cancel, Escape meaning Cancel", async () => {
    const answers = ['save', 'discard', 'cancel'];
    for (const [response, expected] of answers.entries()) {
      dialog.showMessageBox.mockResolvedValueOnce({ response });
      expect(await dialogs().askSaveChanges('lab')).toBe(expected);
    }
    const options = dialog.showMessageBox.mock.calls[0]![1];
    expect(options).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2, defaultId: 0 });
    expect(options.message).toContain('lab');
  });

  it('export offers only the format asked for and a bare file name', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'topology') });
    expect(await dialogs().chooseExportPath('png', '../../secret/dir/net')).toBe(join(dir, 'topology.png'));
    const options = dialog.showSaveDialog.mock.calls[0]![1];
    expect(options.defaultPath).toBe('net.png');
    expect(options.filters).toEqual([{ name: 'PNG image', extensions: ['png'] }]);
  });
});
