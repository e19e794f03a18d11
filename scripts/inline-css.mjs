// The static page needs no second request before it can paint: each stylesheet Next links from an
// exported page is written into the page as a <style> (with the file's address in data-href). Its
// <link> stays, with media="not all": it neither blocks the paint nor applies (so no rule comes
// twice, in a different order), and React, which looks for its stylesheets by <link href> when it
// hydrates, finds it there and adds no second one. Pure: HTML and a file reader in, HTML out;
// scripts/csp.mjs applies it before hashing the page's inline styles. Refuses a stylesheet that
// would not survive the move (a relative url() or a closing </style> inside).
const STYLESHEET = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)" data-precedence="next"\/>/g;

/**
 * @param {string} html
 * @param {(href: string) => string} read the stylesheet's text
 */
export function inlineStylesheets(html, read) {
  if (html.includes('<style data-href="')) return html;
  return html.replace(STYLESHEET, (_, href) => {
    const css = read(href);
    if (/<\/style/i.test(css)) throw new Error(`${href} contains </style> and cannot be inlined`);
    const relative = [...css.matchAll(/url\(\s*['"]?([^'")\s]*)/gi)].some(([, ref]) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(ref));
    if (relative) throw new Error(`${href} has a relative url(), which would break inline`);
    return `<style data-href="${href}">${css}</style><link rel="stylesheet" href="${href}" data-precedence="next" media="not all"/>`;
  });
}
