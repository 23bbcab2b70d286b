import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { AppLocation } from '../../../electron/main/appLocation';
import { isAppResource, isAppUrl } from '../../../electron/main/appLocation';
import { contentSecurityPolicy } from '../../../electron/main/security/contentSecurityPolicy';
import { isAllowedExternalUrl } from '../../../electron/main/security/externalLinks';
import { hardenWebContents } from '../../../electron/main/security/hardenWebContents';
import { installSessionGuards } from '../../../electron/main/security/sessionGuards';

const FILE: AppLocation = { kind: 'file', indexPath: '/opt/VirtLab/resources/app.asar/out/renderer/index.html' };
const DEV: AppLocation = { kind: 'dev', origin: 'http://localhost:5173', url: 'http://localhost:5173/' };
const APP_PAGE = 'file:///opt/VirtLab/resources/app.asar/out/renderer/index.html';

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('webContents hardening', () => {
  function hardened() {
    const contents = new FakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, { openExternal });
    return { contents, openExternal };
  }

  it('denies every navigation, including to remote pages', () => {
    const { contents, openExternal } = hardened();
    const event = navigation('https://evil.example/phish');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('sends an allow-listed https link to the browser instead of navigating', () => {
    const { contents, openExternal } = hardened();
    const event = navigation('https://github.com/virtlab/virtlab');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://github.com/virtlab/virtlab');
  });

  it('denies window.open, opening only allow-listed https URLs externally', () => {
    const { contents, openExternal } = hardened();
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.openHandler!({ url: 'https://developer.mozilla.org/en-US/docs/Web' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://developer.mozilla.org/en-US/docs/Web');
  });

  it('refuses <webview> and redirects', () => {
    const { contents } = hardened();
    const webview = navigation('https://evil.example/');
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const redirect = navigation('https://evil.example/');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
  });
});

describe('external link allow-list', () => {
  it('accepts only plain https to listed hosts', () => {
    expect(isAllowedExternalUrl('https://github.com/x')).toBe(true);
    expect(isAllowedExternalUrl('http://github.com/x')).toBe(false);
    expect(isAllowedExternalUrl('https://github.com.evil.example/x')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@github.com/x')).toBe(false);
    expect(isAllowedExternalUrl('https://github.com:8443/x')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});

function fakeSession() {
  const handlers: {
    headers?: (details: { url: string; responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    before?: (details: { url: string }, cb: (r: { cancel?: boolean }) => void) => void;
    request?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
    check?: (...args: unknown[]) => boolean;
  } = {};
  const session = {
    webRequest: {
      onHeadersReceived: (h: typeof handlers.headers) => (handlers.headers = h),
      onBeforeRequest: (h: typeof handlers.before) => (handlers.before = h),
    },
    setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
    setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
  };
  return { session, handlers };
}

describe('session guards', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    installSessionGuards(session as never, FILE);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const cb = vi.fn();
      handlers.request!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, APP_PAGE, {})).toBe(false);
    }
  });

  it('puts the CSP header on the app page, replacing any sent by a server', () => {
    const { session, handlers } = fakeSession();
    installSessionGuards(session as never, DEV);
    const cb = vi.fn();
    handlers.headers!({ url: 'http://localhost:5173/', responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, cb);
    const headers = cb.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy(DEV)]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('leaves other responses alone', () => {
    const { session, handlers } = fakeSession();
    installSessionGuards(session as never, FILE);
    const cb = vi.fn();
    handlers.headers!({ url: 'devtools://devtools/bundled/inspector.html' }, cb);
    expect(cb).toHaveBeenCalledWith({});
  });

  it('cancels every remote request and files outside the bundle; lets the bundle, data: and blob: through', () => {
    const { session, handlers } = fakeSession();
    installSessionGuards(session as never, FILE);
    const cancelled = (url: string) => {
      let answer: { cancel?: boolean } = {};
      handlers.before!({ url }, (r) => (answer = r));
      return answer.cancel;
    };
    expect(cancelled('https://cdn.example/lib.js')).toBe(true);
    expect(cancelled('http://169.254.169.254/latest/meta-data')).toBe(true);
    expect(cancelled('wss://evil.example/socket')).toBe(true);
    expect(cancelled('file:///home/ada/.ssh/id_rsa')).toBe(true);
    expect(cancelled('file:///opt/VirtLab/resources/app.asar/out/renderer/../../../secrets')).toBe(true);
    expect(cancelled(APP_PAGE)).toBe(false);
    expect(cancelled('file:///opt/VirtLab/resources/app.asar/out/renderer/assets/index-abc.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('blob:file:///0d5c-11')).toBe(false);
  });

  it('lets the dev server and its HMR socket through in development only', () => {
    const { session, handlers } = fakeSession();
    installSessionGuards(session as never, DEV);
    const cancelled = (url: string) => {
      let answer: { cancel?: boolean } = {};
      handlers.before!({ url }, (r) => (answer = r));
      return answer.cancel;
    };
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled('ws://localhost:5173/')).toBe(false);
    expect(cancelled('http://localhost:8080/')).toBe(true);
  });
});

describe('content security policy', () => {
  it('is strict in production: nothing remote, no eval, no inline script, no frames or plugins', () => {
    const csp = contentSecurityPolicy(FILE);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('in development adds only the inline refresh preamble and the HMR socket', () => {
    const csp = contentSecurityPolicy(DEV);
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' ws://localhost:5173");
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('app URL', () => {
  it('matches the built index page with any hash or query, and nothing else', () => {
    expect(isAppUrl(FILE, APP_PAGE)).toBe(true);
    expect(isAppUrl(FILE, `${APP_PAGE}#/canvas?x=1`)).toBe(true);
    expect(isAppUrl(FILE, 'file:///tmp/evil/index.html')).toBe(false);
    expect(isAppUrl(FILE, 'file://remote-host/opt/VirtLab/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(isAppUrl(FILE, 'https://evil.example/')).toBe(false);
    expect(isAppUrl(DEV, 'http://localhost:5173/#/x')).toBe(true);
    expect(isAppUrl(DEV, 'http://localhost:5174/')).toBe(false);
    expect(isAppResource(FILE, 'file:///opt/VirtLab/resources/app.asar/out/renderer/assets/a.css')).toBe(true);
  });
});
