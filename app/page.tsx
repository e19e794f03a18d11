import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: { absolute: 'Today · Backstride' } };

export default function TodayPage() {
  return (
    <>
      <h1>Today</h1>
      <p className="lead">Your routines for today, your streak and a quick check-in will live here.</p>
      <section className="card" aria-labelledby="today-start">
        <h2 id="today-start">Start moving</h2>
        <p>Pick a short routine. Each one guides you through every hold with a timer and a drawn demonstration.</p>
        <Link className="button" href="/routines">
          Browse routines
        </Link>
      </section>
      <section className="card" aria-labelledby="today-relief">
        <h2 id="today-relief">Tight right now?</h2>
        <p>Quick changes to posture and stride can ease tightness in the middle of a walk.</p>
        <Link className="button secondary" href="/relief">
          Get relief
        </Link>
      </section>
    </>
  );
}
