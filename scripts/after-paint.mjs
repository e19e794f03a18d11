// The static page paints before the app's JavaScript runs. Next puts its chunks in <head> as
// `<script async>`: a chunk that is already there (from the service worker's cache, or a fast
// network) runs at once, before the browser has drawn anything, so a person looks at a blank screen
// while React hydrates. This rewrite takes those tags out and adds one small inline loader at the
// end of <body> that inserts the same scripts, in the same order, once the first frame with content
// is drawn: on the browser's first-contentful-paint entry, or after the next frame
// (requestAnimationFrame, then a task), or after 250 ms, whichever comes first; at once in a hidden
// tab, where no frame comes. (The paint entry comes where timers are faked or paused, as under
// Playwright's clock.) Pure: HTML in, HTML out; scripts/csp.mjs applies it before hashing the
// page's inline scripts, and scripts/size.mjs counts the scripts the loader names.
const ASYNC_SCRIPT = /<script\s+src="(\/_next\/static\/[^"]+\.js)"\s+async=""\s*><\/script>/g;
const PRELOAD = /<link\s+rel="preload"\s+as="script"(?:\s+fetchPriority="low")?\s+href="(\/_next\/static\/[^"]+\.js)"\s*\/>/g;
export const LOADER_ATTRIBUTE = 'data-after-paint';

/** The scripts a page's after-paint loader inserts, in order. */
export function afterPaintScripts(html) {
  const loader = new RegExp(`<script ${LOADER_ATTRIBUTE}="">([\\s\\S]*?)</script>`).exec(html);
  if (!loader) return [];
  const list = /^\(function\(s\)\{[\s\S]*\}\)\((\[[^\]]*\])\)$/.exec(loader[1]);
  return list ? JSON.parse(list[1]) : [];
}

function loader(sources) {
  // Inserted scripts are async by default; the order of insertion keeps Next's order of fetch.
  const body =
    'var d=document,n=0,go=function(){if(n++)return;s.forEach(function(u){var e=d.createElement("script");e.src=u;d.head.appendChild(e)})};' +
    'if(d.visibilityState==="hidden")go();else{try{new PerformanceObserver(function(l,o){l.getEntriesByName("first-contentful-paint").length&&(o.disconnect(),go())}).observe({type:"paint",buffered:!0})}catch(e){}' +
    'requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,250)}';
  return `<script ${LOADER_ATTRIBUTE}="">(function(s){${body}})(${JSON.stringify(sources)})</script>`;
}

/** @param {string} html */
export function scriptsAfterFirstPaint(html) {
  if (html.includes(`${LOADER_ATTRIBUTE}=""`)) return html;
  const sources = [];
  let out = html.replace(ASYNC_SCRIPT, (_, src) => {
    if (!sources.includes(src)) sources.push(src);
    return '';
  });
  if (sources.length === 0) return html;
  // Next's early fetch of the page's chunk would still race the first paint.
  out = out.replace(PRELOAD, (tag, src) => (sources.includes(src) ? '' : tag));
  const end = out.lastIndexOf('</body>');
  if (end === -1) throw new Error('No </body> to put the script loader before');
  return out.slice(0, end) + loader(sources) + out.slice(end);
}
