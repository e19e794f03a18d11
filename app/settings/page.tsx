import type { Metadata } from 'next';
import { SettingsLoader } from '@/components/settings/SettingsLoader';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <p className="lead">Sound, voice, reminders and your data. Everything you record stays on this device.</p>
      <SettingsLoader
        about={
          <section className="card" aria-labelledby="about">
            <h2 id="about">About this app</h2>
            <p>
              Version <span data-testid="app-version">{process.env.NEXT_PUBLIC_APP_VERSION}</span>
            </p>
          </section>
        }
      />
    </>
  );
}
