import type { Plugin } from 'vite';

/**
 * The renderer's CSP allows only its own scripts. Vite's dev server injects an inline React
 * refresh preamble, so while serving (never in a build) inline scripts are allowed too.
 */
export function devCsp(): Plugin {
  return {
    name: 'virtlab-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}
