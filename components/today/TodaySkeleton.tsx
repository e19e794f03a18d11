// Today as the static page draws it, before the records are read: the welcome card for a new
// person (with the relief card under it, as Today draws it), or the plan's layout for a device
// that has been set up (lib/prefs/set-up): the figures, the routines heading and the places of
// the first routines. Dashes stand where numbers go.
import { Stat } from '@/components/ui/Stat';
import { ReliefCard, WelcomeCard } from './TodayCards';

export function TodaySkeleton() {
  return (
    <div className="today-skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading today…
      </p>
      <div className="first-run-only">
        <WelcomeCard />
        <ReliefCard />
      </div>
      <div className="set-up-only">
        {/* Placeholders: a screen reader hears "Loading today…" instead of a row of dashes. */}
        <div className="glance" aria-hidden="true">
          <Stat value="–" label="day streak" />
          <Stat value="–" label="best streak" />
          <Stat value="–" label="days done this week" />
        </div>
        <section aria-labelledby="due-today-loading">
          <h2 id="due-today-loading">Today’s routines</h2>
          <div className="card skeleton-card" aria-hidden="true" />
          <div className="card skeleton-card" aria-hidden="true" />
        </section>
      </div>
    </div>
  );
}
