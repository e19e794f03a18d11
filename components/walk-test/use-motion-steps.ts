'use client';
// The phone's motion sensor for the walking test: whether there is one, the permission iOS
// asks for (only from a tap), and the readings folded into a step count (lib/walks/steps.ts)
// in a ref, so sixty readings a second never re-render the screen. Nothing leaves the device.
import { useEffect, useRef } from 'react';
import { addSample, EMPTY_STEPS, type StepState } from '@/lib/walks/steps';

export type MotionSupport = 'available' | 'needs-permission' | 'missing';

type MotionCtor = { requestPermission?: () => Promise<'granted' | 'denied'> };

export function motionSupport(): MotionSupport {
  if (typeof window === 'undefined' || typeof window.DeviceMotionEvent === 'undefined') return 'missing';
  return typeof (window.DeviceMotionEvent as unknown as MotionCtor).requestPermission === 'function' ? 'needs-permission' : 'available';
}

/** Asks for the motion sensor where the browser wants permission. Call it straight from a tap. */
export function requestMotion(): Promise<'granted' | 'denied'> {
  const ctor = typeof window === 'undefined' ? undefined : (window.DeviceMotionEvent as unknown as MotionCtor | undefined);
  if (typeof ctor?.requestPermission !== 'function') return Promise.resolve('granted');
  return ctor.requestPermission().catch(() => 'denied' as const);
}

/** While `on`, the readings since it turned on, as a step state. */
export function useMotionSteps(on: boolean) {
  const state = useRef<StepState>(EMPTY_STEPS);
  useEffect(() => {
    if (!on) return;
    state.current = EMPTY_STEPS;
    const onMotion = (event: DeviceMotionEvent) => {
      const a = event.accelerationIncludingGravity;
      if (!a || a.x === null || a.y === null || a.z === null) return;
      state.current = addSample(state.current, { t: Date.now(), x: a.x, y: a.y, z: a.z });
    };
    window.addEventListener('devicemotion', onMotion);
    return () => window.removeEventListener('devicemotion', onMotion);
  }, [on]);
  return state;
}
