import type { Metadata } from 'next';
import Link from 'next/link';
import { SafetyGateLoader } from '@/components/safety/SafetyGateLoader';
import { TodayLoader } from '@/components/today/TodayLoader';

export const metadata: Metadata = { title: { absolute: 'Today · Backstride' } };

export default function TodayPage() {
  return (
    <>
      <h1>Today</h1>
      <TodayLoader />
      <SafetyGateLoader held="nothing">
        <section className="card" aria-labelledby="today-relief">
          <h2 id="today-relief">Tight right now?</h2>
          <p>Quick changes to posture and stride can ease tightness in the middle of a walk.</p>
          <Link className="button secondary" href="/relief">
            Get relief
          </Link>
        </section>
      </SafetyGateLoader>
    </>
  );
}
