import type { Metadata } from 'next';
import { OnboardingLoader } from '@/components/onboarding/OnboardingLoader';

export const metadata: Metadata = { title: 'Welcome' };

export default function WelcomePage() {
  return (
    <>
      <h1>Welcome</h1>
      <p className="lead">A few quick questions to set Backstride up for you. It takes about two minutes.</p>
      <OnboardingLoader />
    </>
  );
}
