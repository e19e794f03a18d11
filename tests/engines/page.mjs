// Functions that run inside the page, the same in every engine. Each is self-contained (it
// is sent to the browser as source) and returns plain JSON or one element.

/**
 * The visible control a person would name: a button or link by its text, a field by its
 * label. Only once React has hydrated it: a click on prerendered HTML before that is lost.
 */
export function findControl(role, name) {
  const text = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
  const shown = (el) => el.getClientRects().length > 0;
  const hydrated = (el) => Object.keys(el).some((key) => key.startsWith('__reactProps$'));
  if (role === 'field') {
    const label = [...document.querySelectorAll('label')].find((l) => text(l) === name);
    return label && label.control && hydrated(label.control) ? label.control : null;
  }
  const selector = role === 'button' ? 'button, [role="button"]' : 'a[href]';
  return [...document.querySelectorAll(selector)].find((el) => shown(el) && !el.disabled && hydrated(el) && text(el) === name) || null;
}

/**
 * Brings a control to the middle of the view and says whether a click there would reach it:
 * where it is, whether it is the topmost element at its centre, and whether the screen is
 * still loading a part (a "Loading …" status) that would move it.
 */
export function clickTarget(el) {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const loading = [...document.querySelectorAll('[role="status"]')].some((s) => /^Loading\b/.test(s.textContent.trim()));
  return { at: [r.left, r.top, r.width, r.height].map(Math.round).join(','), onTop: !!hit && (hit === el || el.contains(hit)), loading };
}

/** The visible level-one headings' text. */
export function headings() {
  return [...document.querySelectorAll('h1')].filter((el) => el.getClientRects().length > 0).map((el) => el.textContent.replace(/\s+/g, ' ').trim());
}

/** Text of every visible status and alert region, joined. */
export function liveText() {
  return [...document.querySelectorAll('[role="status"], [role="alert"]')].map((el) => el.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ');
}

/** Whether a service worker controls this page, and what the registrations look like. */
export async function serviceWorkerState() {
  if (!('serviceWorker' in navigator)) return { supported: false };
  const registrations = await navigator.serviceWorker.getRegistrations();
  return {
    supported: true,
    controlled: navigator.serviceWorker.controller !== null,
    registrations: registrations.map((r) => ({
      scope: r.scope,
      active: r.active ? r.active.state : null,
      waiting: r.waiting ? r.waiting.state : null,
      installing: r.installing ? r.installing.state : null,
    })),
  };
}

/**
 * Record counts per object store of the app's IndexedDB database, read without the app.
 * null when the database does not exist yet (it is not created by looking).
 */
export function storeCounts(dbName) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    let missing = false;
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction.abort();
    };
    open.onerror = () => (missing ? resolve(null) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const counts = {};
      if (names.length === 0) {
        db.close();
        resolve(counts);
        return;
      }
      const tx = db.transaction(names, 'readonly');
      for (const name of names) {
        const count = tx.objectStore(name).count();
        count.onsuccess = () => (counts[name] = count.result);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(counts);
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

/** Every record of one store, for a look at what was saved. */
export function storeRecords(dbName, storeName) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (![...db.objectStoreNames].includes(storeName)) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => {
        db.close();
        reject(all.error);
      };
    };
  });
}

/**
 * Where an engine cannot tell the driver about page errors (WebKitGTK's driver has no log
 * endpoint and no BiDi), the page collects them itself from the moment this runs.
 */
export function watchProblems() {
  if (window.__enginesProblems) return;
  const problems = (window.__enginesProblems = []);
  window.addEventListener('error', (event) => problems.push(`page error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason && event.reason.message ? event.reason.message : String(event.reason)}`));
  const original = console.error;
  console.error = (...args) => {
    problems.push(`console.error: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
    original.apply(console, args);
  };
}

/** What watchProblems collected, plus any resource this page loaded from another origin. */
export function takeProblems() {
  const problems = window.__enginesProblems ? window.__enginesProblems.splice(0) : [];
  const seen = (window.__enginesSeen = window.__enginesSeen || {});
  for (const entry of performance.getEntriesByType('resource')) {
    if (seen[entry.name] || /^(data|blob|about):/.test(entry.name)) continue;
    seen[entry.name] = true;
    if (new URL(entry.name).origin !== location.origin) problems.push(`request to another host: ${entry.name}`);
  }
  return problems;
}
