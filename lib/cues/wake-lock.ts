// Keeps the screen awake while a session runs, taking the lock again whenever the page
// becomes visible (browsers drop it when the page is hidden).
export interface WakeLockHandle {
  release(): void;
}

export function holdWakeLock(): WakeLockHandle {
  let sentinel: WakeLockSentinel | null = null;
  let released = false;
  const request = async () => {
    if (released || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    try {
      sentinel = await navigator.wakeLock.request('screen');
    } catch {
      // Refused (battery saver, unsupported): the session runs without it.
    }
  };
  const onVisible = () => void request();
  document.addEventListener('visibilitychange', onVisible);
  void request();
  return {
    release() {
      released = true;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release().catch(() => {});
      sentinel = null;
    },
  };
}
