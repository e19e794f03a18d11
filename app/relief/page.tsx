import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Relief' };

export default function ReliefPage() {
  return (
    <>
      <h1>Relief</h1>
      <p className="lead">Things to try when your back tightens in the middle of a walk.</p>
      <ul className="stack">
        <li><strong>Lean forward on something steady</strong>, such as a railing or a shopping trolley, for a short while.</li>
        <li><strong>Take shorter steps</strong> so your lower back arches and twists less.</li>
        <li><strong>Roll through each foot</strong> from heel to toe instead of landing hard on the heel.</li>
        <li><strong>Pause briefly</strong> to let tired back muscles recover before you carry on.</li>
      </ul>
    </>
  );
}
