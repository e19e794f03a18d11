// The offer to answer the warning-sign questions again, after a check-in, walk or session that
// reported new leg symptoms or a big rise in tightness; and the one-tap box that reports them.
import Link from 'next/link';
import type { ScreeningPrompt } from '@/lib/safety/checkin-rule';

export function ScreeningOffer({ prompt }: { prompt: ScreeningPrompt | null }) {
  if (!prompt) return null;
  return (
    <p className="notice">
      {prompt === 'leg-symptoms' ? 'New numbness, tingling or weakness in a leg is worth checking.' : 'That is a big change.'} Please take a minute to{' '}
      <Link href="/safety#screening">answer the safety questions</Link> before your next routine.
    </p>
  );
}

export const LEG_SYMPTOMS_LABEL = 'New numbness, tingling or weakness in a leg';

export function LegSymptomsBox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="switch leg-symptoms">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {LEG_SYMPTOMS_LABEL}
    </label>
  );
}
