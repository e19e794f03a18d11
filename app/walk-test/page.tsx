import type { Metadata } from 'next';
import { SafetyGateLoader } from '@/components/safety/SafetyGateLoader';
import { WalkTestIntro } from '@/components/walk-test/WalkTestIntro';
import { WalkTestLoader } from '@/components/walk-test/WalkTestLoader';

export const metadata: Metadata = { title: 'Walking test' };

export default function WalkTestPage() {
  return (
    <>
      <h1>Walking test</h1>
      <SafetyGateLoader>
        <WalkTestLoader intro={<WalkTestIntro />} />
      </SafetyGateLoader>
    </>
  );
}
