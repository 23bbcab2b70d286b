import type { AppLocation } from '../appLocation';

/**
 * The CSP sent with the app's pages. Nothing remote: scripts only from the bundle, no eval, no
 * plugins, no frames, no forms. Inline styles are allowed because React Flow positions nodes with
 * style attributes; data:/blob: images because diagram export rasterises SVG through them.
 * In development Vite's React refresh preamble is an inline script and HMR uses a websocket.
 */
export function contentSecurityPolicy(location: AppLocation): string {
  const dev = location.kind === 'dev';
  const socket = dev ? ` ${location.origin.replace(/^http/, 'ws')}` : '';
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': dev ? "'self' 'unsafe-inline'" : "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': `'self'${socket}`,
    'worker-src': "'self' blob:",
    'manifest-src': "'self'",
    'object-src': "'none'",
    'frame-src': "'none'",
    'frame-ancestors': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
  };
  return Object.entries(directives).map(([name, value]) => `${name} ${value}`).join('; ');
}
