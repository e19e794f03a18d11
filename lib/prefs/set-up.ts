// Whether this device has been set up (the welcome questions answered or skipped), mirrored
// into localStorage so the static Today page can draw the right layout before IndexedDB is
// read: the welcome card for a new person, the plan's layout for everyone else. A tiny script
// in the page's <body> (SET_UP_SCRIPT) sets the attribute before the first paint. IndexedDB
// stays the source: Today corrects the mirror whenever it reads the records.
export const SET_UP_KEY = 'backstride:set-up';
export const SET_UP_ATTRIBUTE = 'data-set-up';

export const SET_UP_SCRIPT = `try{localStorage.getItem(${JSON.stringify(SET_UP_KEY)})&&document.documentElement.setAttribute(${JSON.stringify(SET_UP_ATTRIBUTE)},"")}catch(e){}`;

export function rememberSetUp(setUp: boolean): void {
  try {
    if (setUp) localStorage.setItem(SET_UP_KEY, '1');
    else localStorage.removeItem(SET_UP_KEY);
  } catch {
    // Storage refused: the static page shows the welcome card's layout until Today is read.
  }
}
