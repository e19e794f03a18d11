// Registers the generated service worker (production builds only) and reports when a new
// version is waiting. Kept framework-free so the shell component stays a thin adapter.
export interface UpdateHandle {
  /** Tell the waiting worker to take over; the page reloads once it controls the page. */
  applyUpdate(): void;
}

export interface RegisterOptions {
  onUpdateWaiting(handle: UpdateHandle): void;
  log?: (message: string, error: unknown) => void;
}

let started = false;

export async function registerServiceWorker({ onUpdateWaiting, log = console.warn }: RegisterOptions): Promise<void> {
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  try {
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox('/sw.js', { scope: '/' });
    const offer = () =>
      onUpdateWaiting({
        applyUpdate() {
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        },
      });
    wb.addEventListener('waiting', offer);
    await wb.register();
  } catch (error) {
    // Logged once; the app keeps working online without offline support.
    log('Backstride: offline support is unavailable (service worker registration failed).', error);
  }
}
