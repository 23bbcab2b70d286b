/** Hosts whose https pages the app may open in the user's browser (documentation, project pages). */
export const EXTERNAL_ALLOW_LIST: readonly string[] = ['github.com', 'www.electronjs.org', 'developer.mozilla.org'];

/** Only plain https links to allow-listed hosts leave the app; never file:, custom schemes or credentials. */
export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.port === ''
    && allowList.includes(parsed.hostname.toLowerCase());
}
