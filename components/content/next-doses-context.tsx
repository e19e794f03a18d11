'use client';
// The doses and times the next session will use, where a static page quotes a routine: the
// page renders the routine as written (the children), and once NextDosesProvider has read the
// history (in a lazily loaded chunk) the same spots show the progressed words, "up from 30 s"
// beside a change. This module imports nothing heavy: it is in the routine pages' first load.
import { createContext, useContext, type ReactNode } from 'react';

export interface NextWords {
  readonly text: string;
  /** "up from 30 s"; null when unchanged. */
  readonly change: string | null;
}

export interface NextDoseWords {
  /** By exercise id: "2 × 10 reps, alternating sides, 3 s hold". */
  readonly doses: ReadonlyMap<string, NextWords>;
  /** By routine id: "about 7 min". */
  readonly times: ReadonlyMap<string, NextWords>;
}

export const NextDosesContext = createContext<NextDoseWords | undefined>(undefined);

function Words({ words, children }: { words: NextWords | undefined; children: ReactNode }) {
  if (!words) return <>{children}</>;
  return (
    <>
      {words.text}
      {words.change && ` (${words.change})`}
    </>
  );
}

/** The exercise's next dose; `children` is the dose as written, shown until the history is read. */
export function NextDoseText({ exerciseId, children }: { exerciseId: string; children: ReactNode }) {
  return <Words words={useContext(NextDosesContext)?.doses.get(exerciseId)}>{children}</Words>;
}

/** The routine's next total time; `children` is the time as written. */
export function NextRoutineTime({ routineId, children }: { routineId: string; children: ReactNode }) {
  return <Words words={useContext(NextDosesContext)?.times.get(routineId)}>{children}</Words>;
}
