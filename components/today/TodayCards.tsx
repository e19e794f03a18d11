// Today's cards that need no records: drawn by the static page (TodaySkeleton) and by Today
// itself, so the two are the same markup.
import Link from 'next/link';
import type { ReactNode } from 'react';

export function WelcomeCard({ onSkip, notice }: { onSkip?: () => void; notice?: ReactNode }) {
  return (
    <section className="card highlight" aria-labelledby="welcome">
      {notice}
      <h2 id="welcome">Welcome to Backstride</h2>
      <p>Answer a few quick questions, including a short safety check, and get a plan that suits you. About two minutes.</p>
      <div className="button-row">
        <Link className="button" href="/welcome">
          Set up Backstride
        </Link>
        {/* Not usable until the page's code has loaded (a moment on a slow phone). */}
        <button type="button" className="button secondary" onClick={onSkip} disabled={!onSkip}>
          Skip and use the suggested plan
        </button>
      </div>
    </section>
  );
}

export function ReliefCard() {
  return (
    <section className="card" aria-labelledby="today-relief">
      <h2 id="today-relief">Tight right now?</h2>
      <p>Quick changes to posture and stride can ease tightness in the middle of a walk.</p>
      <Link className="button secondary" href="/relief">
        Get relief
      </Link>
    </section>
  );
}
