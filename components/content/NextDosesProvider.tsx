'use client';
// Reads the history once for a page of routine cards and hands every card the next doses
// and times, already in words.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { exercises, formatDose, formatDuration, routines } from '@/lib/content';
import { listDayMarks } from '@/lib/db/day-marks';
import { listDoses } from '@/lib/db/doses';
import { listSessions } from '@/lib/db/sessions';
import { nextDoses, nextRoutine } from '@/lib/schedule/next-doses';
import { NextDosesContext, type NextDoseWords, type NextWords } from './next-doses-context';

async function readWords(): Promise<NextDoseWords | undefined> {
  try {
    const [sessions, marks, doses] = await Promise.all([listSessions(), listDayMarks(), listDoses()]);
    const decisions = nextDoses(exercises, sessions, marks, doses);
    const doseWords = new Map<string, NextWords>();
    const times = new Map<string, NextWords>();
    for (const routine of routines) {
      const next = nextRoutine(routine, decisions);
      times.set(routine.id, { text: formatDuration(next.seconds), change: next.change });
      for (const d of next.doses) doseWords.set(d.exercise.id, { text: formatDose(d.dose), change: d.change });
    }
    return { doses: doseWords, times };
  } catch {
    // Storage unreadable: the cards keep the routines as written.
    return undefined;
  }
}

export function NextDosesProvider({ children }: { children: ReactNode }) {
  const words = useLiveQuery(readWords, []);
  return <NextDosesContext.Provider value={words}>{children}</NextDosesContext.Provider>;
}
