'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Icon, Logo } from './Icon';
import { NAV_ITEMS, isCurrent } from './nav-items';

export function AppNav() {
  const pathname = usePathname() ?? '/';
  const firstSecondary = NAV_ITEMS.findIndex((item) => item.secondary);
  return (
    // During a guided session the phone's tab bar steps aside to give the player the room.
    <nav className="nav" aria-label="Main" data-in-session={pathname.startsWith('/session') ? '' : undefined}>
      <Link href="/" className="brand nav-brand">
        <Logo />
        Backstride
      </Link>
      <ul>
        {NAV_ITEMS.map((item, i) => (
          <li key={item.href} data-secondary={item.secondary ? (i === firstSecondary ? 'first' : 'rest') : undefined}>
            <Link href={item.href} aria-current={isCurrent(item.href, pathname) ? 'page' : undefined}>
              <Icon name={item.icon} />
              <span>{item.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Phone-only top bar: the brand and the screens that do not fit in the tab bar. */
export function TopBar() {
  const pathname = usePathname() ?? '/';
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        <Logo />
        Backstride
      </Link>
      <nav aria-label="Help and settings" className="topbar-links">
        {NAV_ITEMS.filter((item) => item.secondary).map((item) => (
          <Link key={item.href} href={item.href} aria-current={isCurrent(item.href, pathname) ? 'page' : undefined}>
            <Icon name={item.icon} />
            <span>{item.label}</span>
          </Link>
        ))}
      </nav>
    </header>
  );
}
