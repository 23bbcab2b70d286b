// XML text helpers for the SVG exporter. Names come from user files, so every string that reaches
// the markup goes through escapeXml; characters XML 1.0 forbids are dropped, not escaped, because
// no escape makes them legal.

// Control characters other than tab/LF/CR, lone surrogates and U+FFFE/U+FFFF are not allowed in XML 1.0.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes a string for XML text or a quoted attribute value, dropping characters XML cannot hold. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reverses escapeXml and decodes numeric character references (&#60; &#x3C;). */
export function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Formats a number for an SVG attribute: at most two decimals, no trailing zeros. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);
