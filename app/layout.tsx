import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppNav, TopBar } from '@/components/shell/AppNav';
import { ReminderAgentLoader } from '@/components/reminders/ReminderAgentLoader';
import { PwaStatus } from '@/components/shell/PwaStatus';
import { LAYOUT_SCRIPT } from '@/lib/prefs/set-up';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Today · Backstride', template: '%s · Backstride' },
  description: 'Short, guided routines for a lower back that tightens when you walk. Works offline; your data stays on this device.',
  applicationName: 'Backstride',
  manifest: '/manifest.webmanifest',
  icons: {
    icon: [{ url: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
  },
  appleWebApp: { capable: true, title: 'Backstride', statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#1f6f5c' },
    { media: '(prefers-color-scheme: dark)', color: '#111614' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* Before the first paint: which layout the static pages draw (lib/prefs/set-up). */}
        <script dangerouslySetInnerHTML={{ __html: LAYOUT_SCRIPT }} />
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <div className="shell">
          <TopBar />
          <AppNav />
          <main id="main" className="main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <PwaStatus />
        <ReminderAgentLoader />
      </body>
    </html>
  );
}
