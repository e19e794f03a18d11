// Persistent storage: whether the browser promised not to evict our data, and how much room
// is used. Every answer is null where the browser does not offer the API (older Safari,
// insecure contexts, tests), so the UI can say "unknown" rather than guess.

export interface StorageStatus {
  readonly persisted: boolean | null;
  /** Bytes used by this origin, as the browser estimates it. */
  readonly usage: number | null;
  /** Bytes this origin may use. */
  readonly quota: number | null;
}

function storageManager(): Partial<StorageManager> | undefined {
  if (typeof navigator === 'undefined') return undefined;
  return (navigator as Partial<Navigator>).storage ?? undefined;
}

async function attempt<T>(run: (() => Promise<T>) | undefined): Promise<T | null> {
  if (!run) return null;
  try {
    return await run();
  } catch {
    return null;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  const [persisted, estimate] = await Promise.all([
    attempt(storage?.persisted?.bind(storage)),
    attempt(storage?.estimate?.bind(storage)),
  ]);
  return {
    persisted,
    usage: typeof estimate?.usage === 'number' ? estimate.usage : null,
    quota: typeof estimate?.quota === 'number' ? estimate.quota : null,
  };
}

/** Ask the browser to keep our data under storage pressure; true when it agreed. */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = storageManager();
  return attempt(storage?.persist?.bind(storage));
}
