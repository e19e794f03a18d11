// The app's screens, in navigation order. Secondary screens sit in the phone's top bar
// instead of the bottom tab bar, which holds five at most.
export interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly icon: keyof typeof ICON_PATHS;
  readonly secondary?: boolean;
}

export const ICON_PATHS = {
  today: 'M4 5h16v15H4zM4 10h16M9 3v4M15 3v4',
  routines: 'M5 6h14M5 12h14M5 18h9',
  plan: 'M12 7v5l3 2M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18z',
  progress: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  relief: 'M12 21s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 5.5-7 10-7 10z',
  safety: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM12 8v5M12 16v.5',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12h2M3 12h2M12 3v2M12 19v2M17 7l1.5-1.5M5.5 18.5 7 17M17 17l1.5 1.5M5.5 5.5 7 7',
} as const;

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Today', icon: 'today' },
  { href: '/routines', label: 'Routines', icon: 'routines' },
  { href: '/plan', label: 'Plan', icon: 'plan' },
  { href: '/progress', label: 'Progress', icon: 'progress' },
  { href: '/relief', label: 'Relief', icon: 'relief' },
  { href: '/safety', label: 'Safety', icon: 'safety', secondary: true },
  { href: '/settings', label: 'Settings', icon: 'settings', secondary: true },
];

/** Which nav item a path belongs to: nested pages light up their section. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (href === '/') return path === '/';
  if (href === '/routines' && path.startsWith('/exercises')) return true;
  return path === href || path.startsWith(`${href}/`);
}
