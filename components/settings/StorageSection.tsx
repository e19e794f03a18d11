'use client';
// Whether the browser promised to keep Backstride's data, how much room it uses, and a way to
// ask for that promise.
import { useCallback, useEffect, useId, useState } from 'react';
import { requestPersistence, storageStatus, type StorageStatus } from '@/lib/db/storage';
import styles from './settings.module.css';

const megabytes = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function mb(bytes: number): string {
  return `${megabytes.format(bytes / (1024 * 1024))} MB`;
}

const PERSISTED_TEXT = {
  true: 'Yes: the browser will not clear it on its own.',
  false: 'No: the browser may clear it when space runs low.',
  unknown: 'Unknown: this browser does not say.',
} as const;

const REQUEST_TEXT = {
  true: 'Done. This browser will keep Backstride’s data unless you clear it yourself.',
  false: 'The browser did not agree this time. Browsers often agree once Backstride is installed or used regularly. A backup file keeps a copy either way.',
  unknown: 'This browser has no way to ask. Back up your data to a file now and then to keep a copy.',
} as const;

const key = (value: boolean | null) => (value === null ? 'unknown' : value ? 'true' : 'false');

export function StorageSection({ refreshKey = 0 }: { refreshKey?: number }) {
  const id = useId();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [message, setMessage] = useState('');
  // Once asked, the button stays where it was, so focus does not vanish with it.
  const [asked, setAsked] = useState(false);

  const refresh = useCallback(async () => setStatus(await storageStatus()), []);
  useEffect(() => {
    let current = true;
    void storageStatus().then((next) => {
      if (current) setStatus(next);
    });
    return () => {
      current = false;
    };
  }, [refreshKey]);

  const keepSafe = async () => {
    setMessage('');
    setAsked(true);
    const granted = await requestPersistence();
    setMessage(REQUEST_TEXT[key(granted)]);
    await refresh();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Storage</h2>
      {/* The same two lines while checking, so the card keeps its size when the figures arrive. */}
      <dl className={styles.facts}>
        <div>
          <dt>Kept safe on this device</dt>
          <dd>{status ? PERSISTED_TEXT[key(status.persisted)] : 'Checking…'}</dd>
        </div>
        <div>
          <dt>Space used</dt>
          <dd>
            {!status ? 'Checking…' : status.usage === null ? 'Unknown' : mb(status.usage)}
            {status?.quota != null && ` of ${mb(status.quota)} available`}
          </dd>
        </div>
      </dl>
      <p id={`${id}-why`} className="field-note">
        A browser may clear a site’s data on its own, for example when the device runs low on space. Asking it to keep Backstride’s data protects your records from
        that.
      </p>
      {(status?.persisted !== true || asked) && (
        <div className="button-row">
          <button type="button" className="button secondary" aria-describedby={`${id}-why`} onClick={() => void keepSafe()}>
            Keep my data safe on this device
          </button>
        </div>
      )}
      <p role="status" className={styles.status}>
        {message}
      </p>
    </section>
  );
}
