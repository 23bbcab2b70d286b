import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { forwardedOpenPath, projectPathFromArgv } from '../../../electron/main/launch/argv';
import { OpenRequests } from '../../../electron/main/launch/openRequests';
import { claimSingleInstance } from '../../../electron/main/launch/singleInstance';

describe('project path from the command line', () => {
  it('finds a project file passed to the packaged app, resolved against the working directory', () => {
    expect(projectPathFromArgv(['/opt/VirtLab/virtlab', 'labs/web.virtlab.json'], '/home/ada')).toBe('/home/ada/labs/web.virtlab.json');
    expect(projectPathFromArgv(['/opt/VirtLab/virtlab', '/srv/x.virtlab.json'], '/home/ada')).toBe('/srv/x.virtlab.json');
  });

  it('skips the app path and Chromium switches (development: electron . file)', () => {
    expect(projectPathFromArgv(['/usr/lib/electron', '.', '--no-sandbox', '--original-process-start-time=1', 'a.virtlab.json'], '/w')).toBe('/w/a.virtlab.json');
    expect(projectPathFromArgv(['/usr/lib/electron', '.', '--inspect=9229'], '/w')).toBeNull();
  });

  it('accepts file:// URLs from desktop entries and ignores non-project arguments', () => {
    expect(projectPathFromArgv(['virtlab', 'file:///home/ada/My%20Lab.virtlab.json'], '/')).toBe('/home/ada/My Lab.virtlab.json');
    expect(projectPathFromArgv(['virtlab', 'README.md'], '/')).toBeNull();
  });

  it('reads a forwarded path only when it is a well-formed absolute path', () => {
    expect(forwardedOpenPath({ openPath: '/home/ada/a.virtlab.json' })).toBe('/home/ada/a.virtlab.json');
    expect(forwardedOpenPath({ openPath: 'relative.virtlab.json' })).toBeNull();
    expect(forwardedOpenPath({ openPath: 42 })).toBeNull();
    expect(forwardedOpenPath(null)).toBeNull();
  });
});

class FakeApp extends EventEmitter {
  quit = vi.fn();
  constructor(private readonly gotLock: boolean, readonly lockData: unknown[] = []) {
    super();
  }
  requestSingleInstanceLock(data?: unknown) {
    this.lockData.push(data);
    return this.gotLock;
  }
}

describe('single instance', () => {
  it('a second instance hands its file to the first and quits', () => {
    const app = new FakeApp(false);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app as never, '/home/ada/b.virtlab.json', onSecond)).toBe(false);
    expect(app.lockData).toEqual([{ openPath: '/home/ada/b.virtlab.json' }]);
    expect(app.quit).toHaveBeenCalled();
  });

  it('the first instance opens what a second one forwards (additionalData first, argv as fallback)', () => {
    const app = new FakeApp(true);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app as never, null, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['virtlab', 'ignored.virtlab.json'], '/home/ada', { openPath: '/home/ada/b.virtlab.json' });
    app.emit('second-instance', {}, ['virtlab', '--flag', 'c.virtlab.json'], '/home/ada', {});
    app.emit('second-instance', {}, ['virtlab'], '/home/ada', undefined);
    expect(onSecond.mock.calls).toEqual([['/home/ada/b.virtlab.json'], ['/home/ada/c.virtlab.json'], [null]]);
  });
});

describe('open requests', () => {
  it('hold paths until the window is ready, then deliver them in order; later ones go straight through', () => {
    const requests = new OpenRequests();
    const opened: string[] = [];
    requests.push('/a.virtlab.json');
    requests.push('/b.virtlab.json');
    expect(opened).toEqual([]);
    requests.start((p) => opened.push(p));
    requests.push('/c.virtlab.json');
    expect(opened).toEqual(['/a.virtlab.json', '/b.virtlab.json', '/c.virtlab.json']);
    requests.stop();
    requests.push('/d.virtlab.json');
    expect(opened).toHaveLength(3);
  });
});
