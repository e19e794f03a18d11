'use client';
// Which reminder layers this browser offers, in plain words, and whether notifications are
// allowed. Read once on mount: the answers only change when the person installs the app or
// changes site settings, and both bring them back here through a fresh page.
import Link from 'next/link';
import { useId, useMemo, useState } from 'react';
import { createBrowserPlatform, supportAdvice, type ReminderMechanism, type ReminderPermission } from '@/lib/reminders/notify';
import styles from './settings.module.css';

// Plain names first; the technical term, for those who look it up, in small print.
const MECHANISM_NAMES: Record<ReminderMechanism, { readonly name: string; readonly term?: string }> = {
  'in-app': { name: 'Today screen' },
  notifications: { name: 'Notifications' },
  badge: { name: 'Count on the app icon', term: 'app badge' },
  background: { name: 'Checks while Backstride is closed', term: 'periodic background sync' },
  calendar: { name: 'Your phone’s calendar', term: '.ics calendar file' },
};

const PERMISSION_TEXT: Record<ReminderPermission, string> = {
  granted: 'allowed',
  denied: 'blocked',
  default: 'not asked yet',
  unsupported: 'not available in this browser',
};

export function ReminderSupport() {
  const id = useId();
  const platform = useMemo(() => createBrowserPlatform(), []);
  const supports = useMemo(() => platform.supports(), [platform]);
  const [permission, setPermission] = useState<ReminderPermission>(() => platform.permission());
  const advice = supportAdvice(supports, permission);
  const canAsk = permission === 'default' && supports.notifications && !(supports.ios && !supports.installed);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reminders</h2>
      <p>
        Notification permission: <strong>{PERMISSION_TEXT[permission]}</strong>
      </p>
      {canAsk && (
        <div className="button-row">
          <button type="button" className="button secondary" onClick={async () => setPermission(await platform.requestPermission())}>
            Allow notifications
          </button>
        </div>
      )}
      <h3>What this browser can do</h3>
      <ul className={styles.support}>
        {advice.map((item) => (
          <li key={item.mechanism} data-available={item.available}>
            <span className={styles.supportName}>
              {MECHANISM_NAMES[item.mechanism].name}
              {MECHANISM_NAMES[item.mechanism].term && <span className={styles.term}> ({MECHANISM_NAMES[item.mechanism].term})</span>}
            </span>{' '}
            <span className={styles.availability}>{item.available ? 'Works here' : 'Not here yet'}</span>
            <span className={styles.supportAdvice}>{item.advice}</span>
          </li>
        ))}
      </ul>
      <p>
        Choose which routines remind you, and add them to your phone’s calendar, on your <Link href="/plan">Plan</Link>.
      </p>
    </section>
  );
}
