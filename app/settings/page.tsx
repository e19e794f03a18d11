import type { Metadata } from 'next';
import { SettingsLoader } from '@/components/settings/SettingsLoader';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <p className="lead">Sound, voice, reminders and your data. Everything you record stays on this device.</p>
      <SettingsLoader />
    </>
  );
}
