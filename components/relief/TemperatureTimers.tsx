'use client';
// Heat before a walk, ice after one: two timers with the timing and skin-safety notes that
// go with them. Loaded lazily (see ReliefLoaders) so the page's first load stays small.
import { TimerCard } from './TimerCard';

/** Both heat and ice can burn skin that cannot feel them, and nobody can take them off asleep. */
function NotOnNumbSkin() {
  return (
    <p>
      Do not use it on skin that is numb or where your feeling is reduced, for example from diabetes or numbness in your
      legs, because you may not feel it burning. Never use it in bed or anywhere you might fall asleep.
    </p>
  );
}

export function TemperatureTimers() {
  return (
    <div className="stack">
      <TimerCard
        id="heat"
        title="Heat before a walk"
        minutesChoices={[15, 20]}
        intro={
          <p>
            A warm pack or compress on your lower back before you head out helps muscles that are tight most of the time
            loosen up and stretch more easily.
          </p>
        }
        doneText="Take the heat off and check your skin. Start your walk gently."
        note={
          <>
            <p>Comfortably warm is enough. If it stings or feels hot, take it off.</p>
            <NotOnNumbSkin />
          </>
        }
      />
      <TimerCard
        id="ice"
        title="Ice after a walk"
        minutesChoices={[10, 15]}
        intro={
          <p>
            If your back is sore or feels swollen after a walk, 10 to 15 minutes of ice can calm the swelling and dull the
            ache.
          </p>
        }
        doneText="Take the ice off."
        note={
          <>
            <p>
              Wrap the ice in a cloth: never put it straight on your skin. Stop early if your skin goes numb or turns very
              red.
            </p>
            <NotOnNumbSkin />
          </>
        }
      />
    </div>
  );
}
