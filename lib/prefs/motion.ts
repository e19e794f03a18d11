// The app's own "still pictures" setting, mirrored into localStorage so static pages can read
// it synchronously (no IndexedDB, no Dexie in their first load). IndexedDB stays the source.
export const STILL_PICTURES_KEY = 'backstride:still-pictures';

export function rememberStillPictures(on: boolean): void {
  try {
    if (on) localStorage.setItem(STILL_PICTURES_KEY, '1');
    else localStorage.removeItem(STILL_PICTURES_KEY);
  } catch {
    // Storage refused: pages fall back to the system's reduced-motion setting.
  }
}

export function stillPicturesChosen(): boolean {
  try {
    return localStorage.getItem(STILL_PICTURES_KEY) === '1';
  } catch {
    return false;
  }
}

export function subscribeStillPictures(callback: () => void): () => void {
  // Another tab changed it: the storage event. This tab: the custom event below.
  window.addEventListener('storage', callback);
  window.addEventListener(STILL_PICTURES_KEY, callback);
  return () => {
    window.removeEventListener('storage', callback);
    window.removeEventListener(STILL_PICTURES_KEY, callback);
  };
}

export function announceStillPictures(): void {
  window.dispatchEvent(new Event(STILL_PICTURES_KEY));
}
