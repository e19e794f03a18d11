// What a screening outcome means and what to do, most important step first.
import { SCREENING_MESSAGES, type ScreeningOutcome } from '@/lib/safety/screening';

export function OutcomeMessage({ outcome, titleId, bodyId }: { outcome: ScreeningOutcome; titleId?: string; bodyId?: string }) {
  const message = SCREENING_MESSAGES[outcome];
  return (
    <section className={`outcome outcome-${outcome}`}>
      <h2 id={titleId}>{message.title}</h2>
      <p id={bodyId}>{message.body}</p>
      {message.steps.length > 0 && (
        <ol>
          {message.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
