import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lead">There is nothing at this address. It may have moved, or the link may have a typo.</p>
      <Link className="button" href="/">
        Go to Today
      </Link>
    </>
  );
}
