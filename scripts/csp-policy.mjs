// The Content-Security-Policy of one exported page, from its HTML alone: every inline <script>
// and <style> body is allowed by its SHA-256 hash and nothing else inline runs, so the app needs
// neither 'unsafe-inline' nor a server that adds nonces. Pure: HTML in, policy and HTML out;
// scripts/csp.mjs walks the export and writes the results.
import { createHash } from 'node:crypto';

// Raw-text elements: their body ends at the first closing tag, so a regular expression reads
// them exactly as the HTML parser does. A script with a src runs from 'self' and has no body.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;
const META_CSP = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi;
const CHARSET = /^<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

/**
 * The CSP source for one inline body: the parser turns CRLF and lone CR into LF before a
 * browser hashes the text, so the same is done here.
 * @param {string} body
 */
export function hashSource(body) {
  const text = body.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Hash sources of the page's inline scripts and styles, each once, in document order.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineHashes(html) {
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => !HAS_SRC.test(m[1] ?? '')).map((m) => hashSource(m[2] ?? ''));
  const styles = [...html.matchAll(STYLE)].map((m) => hashSource(m[1] ?? ''));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * The policy for a page with these inline hashes. `frame-ancestors` only works in a header
 * (a <meta> policy must leave it out, or browsers warn and ignore it).
 * @param {{ scripts: string[], styles: string[] }} hashes
 * @param {{ header?: boolean }} [options]
 */
export function buildPolicy(hashes, { header = false } = {}) {
  const directives = [
    ["default-src 'self'"],
    // 'report-sample': a violation report quotes the start of what was blocked.
    ["script-src 'self' 'report-sample'", ...hashes.scripts],
    ["style-src 'self' 'report-sample'", ...hashes.styles],
    // Icons are files and figures inline SVG; a download is a navigation to blob:, not an image.
    ["img-src 'self'"],
    ["font-src 'self'"],
    ["connect-src 'self'"],
    ["worker-src 'self'"],
    ["manifest-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["form-action 'self'"],
    ...(header ? [["frame-ancestors 'none'"]] : []),
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** @param {string} value */
const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page with its policy as the first thing in <head> (after `<meta charset>`, which must
 * stay in the first 1024 bytes), before any script, plus the policy a server should send as a
 * header. Running it again replaces the tag rather than adding a second one.
 * @param {string} html
 * @returns {{ html: string, meta: string, header: string }}
 */
export function withCspMeta(html) {
  const clean = html.replace(META_CSP, '');
  const hashes = inlineHashes(clean);
  const meta = buildPolicy(hashes);
  const header = buildPolicy(hashes, { header: true });
  const head = /<head\b[^>]*>/i.exec(clean);
  if (!head) throw new Error('No <head> to put the Content-Security-Policy in');
  let at = head.index + head[0].length;
  const charset = CHARSET.exec(clean.slice(at));
  if (charset) at += charset[0].length;
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(meta)}"/>`;
  return { html: clean.slice(0, at) + tag + clean.slice(at), meta, header };
}
