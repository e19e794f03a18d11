import type { Metadata } from 'next';
import Link from 'next/link';
import { PostureTips } from '@/components/relief/PostureTips';
import { TimersLoader, WalkLogLoader } from '@/components/relief/ReliefLoaders';
import { SafetyGateLoader } from '@/components/safety/SafetyGateLoader';
import { ResetNow } from '@/components/relief/ResetNow';

export const metadata: Metadata = { title: 'Relief' };

export default function ReliefPage() {
  return (
    <>
      <h1>Relief</h1>
      <p className="lead">
        Things to try when your back tightens on a walk. They ease tightness for many people but cannot tell you its cause.
        If it comes with any of the <Link href="/safety">warning signs</Link>, stop and get checked.
      </p>
      <SafetyGateLoader banner>
        <ResetNow />
        <WalkLogLoader />
        <section aria-labelledby="walk-test-link">
          <h2 id="walk-test-link">Walking test</h2>
          <p>
            Every 2 to 4 weeks, <Link href="/walk-test">take the guided walking test</Link>: walk at your own pace and see how long you
            can go before tightness starts.
          </p>
        </section>
        <PostureTips />
        <section aria-labelledby="heat-ice">
          <h2 id="heat-ice">Heat and ice</h2>
          <TimersLoader />
        </section>
      </SafetyGateLoader>
    </>
  );
}
