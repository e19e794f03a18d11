// A few facts about this device, mirrored into localStorage so a static page can draw the right
// layout before IndexedDB is read: whether it has been set up (Today draws the welcome card or the
// plan's layout), whether the player's question about spoken cues has been answered, whether a
// session is under way (the player then opens at that session, not at a routine's start), and
// whether Progress has anything to show (else it draws the empty card). A tiny script in the page's
// <body> (LAYOUT_SCRIPT) sets an attribute on <html> for each before the first paint. IndexedDB
// stays the source: the screens correct the mirror whenever they read the records.
export const LAYOUT_FACTS = {
  setUp: { key: 'backstride:set-up', attribute: 'data-set-up' },
  voiceAsked: { key: 'backstride:voice-asked', attribute: 'data-voice-asked' },
  activeSession: { key: 'backstride:active-session', attribute: 'data-active-session' },
  hasHistory: { key: 'backstride:has-history', attribute: 'data-has-history' },
} as const;

export type LayoutFact = keyof typeof LAYOUT_FACTS;

const PAIRS = Object.values(LAYOUT_FACTS).map(({ key, attribute }) => [key, attribute]);

export const LAYOUT_SCRIPT = `try{for(var p of ${JSON.stringify(PAIRS)})localStorage.getItem(p[0])&&document.documentElement.setAttribute(p[1],"")}catch(e){}`;

export function rememberLayout(fact: LayoutFact, on: boolean): void {
  const { key, attribute } = LAYOUT_FACTS[fact];
  try {
    if (on) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Storage refused: the static page draws the first-visit layout until the records are read.
  }
  // Within this page too: a skeleton drawn again (another routine, the next session) agrees.
  if (typeof document !== 'undefined') document.documentElement.toggleAttribute(attribute, on);
}
