'use client';
// Reads the history once for a page of routine cards and hands every card the next doses.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { exercises } from '@/lib/content';
import { listDayMarks } from '@/lib/db/day-marks';
import { listDoses } from '@/lib/db/doses';
import { listSessions } from '@/lib/db/sessions';
import { nextDoses } from '@/lib/schedule/next-doses';
import { NextDosesContext } from './next-doses-context';

export function NextDosesProvider({ children }: { children: ReactNode }) {
  const decisions = useLiveQuery(async () => {
    try {
      const [sessions, marks, doses] = await Promise.all([listSessions(), listDayMarks(), listDoses()]);
      return nextDoses(exercises, sessions, marks, doses);
    } catch {
      // Storage unreadable: the cards keep the routines as written.
      return undefined;
    }
  }, []);
  return <NextDosesContext.Provider value={decisions}>{children}</NextDosesContext.Provider>;
}
