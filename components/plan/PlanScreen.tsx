'use client';
// The plan editor plus the calendar export (the reminder that works on every phone, offline).
import { useEffect, useState } from 'react';
import { ensureStarterPlan } from '@/lib/db/plan';
import { PlanEditor } from './PlanEditor';

export function PlanScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    ensureStarterPlan(Date.now())
      .catch(() => {})
      .finally(() => setReady(true));
  }, []);
  if (!ready) return <p role="status">Loading your plan…</p>;
  return <PlanEditor />;
}
