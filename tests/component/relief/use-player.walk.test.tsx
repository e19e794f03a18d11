// Mid-walk mode: the person is out walking and will not look at the screen, so the voice
// and the beeps are on even when the settings turned them off.
import 'fake-indexeddb/auto';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionModeContext, usePlayer, type SessionMode } from '@/components/player/use-player';
import { getExercise, getRoutine } from '@/lib/content';
import type { Exercise } from '@/lib/content/types';
// eslint-disable-next-line no-restricted-imports -- the test resets the database between cases
import { db } from '@/lib/db/db';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { createSession, planSession } from '@/lib/timer';

const cues = vi.hoisted(() => ({
  beeps: { schedule: vi.fn(), cancel: vi.fn(), close: vi.fn() },
  speak: vi.fn(),
  created: vi.fn(),
}));
vi.mock('@/lib/cues/audio', () => ({
  createBeepPlayer: () => {
    cues.created();
    return cues.beeps;
  },
  speak: cues.speak,
  vibrate: vi.fn(),
}));

const routine = getRoutine('mid-walk-reset')!;
const exercises = routine.exerciseIds.map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined);
const quiet = { ...DEFAULT_SETTINGS, sound: false, voice: false, vibration: false, keepAwake: false };

function start(mode: SessionMode) {
  const wrapper = ({ children }: { children: ReactNode }) => <SessionModeContext.Provider value={mode}>{children}</SessionModeContext.Provider>;
  const { result } = renderHook(
    () =>
      usePlayer({
        sessionId: 'x',
        routineId: routine.id,
        initial: createSession(planSession(routine, exercises)),
        doses: {},
        settings: quiet,
      }),
    { wrapper },
  );
  act(() => result.current.withAudio('START'));
  return result;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  vi.clearAllMocks();
});

describe('player cues in mid-walk mode', () => {
  it('speak and beep even with sound and voice off in settings', () => {
    start('walk');
    expect(cues.created).toHaveBeenCalledTimes(1);
    expect(cues.beeps.schedule).toHaveBeenCalled();
    expect(cues.speak).toHaveBeenCalledWith('Get ready for Standing hip-flexor stretch. Stand tall: left leg back, right foot forward.');
  });

  it('stay off in an ordinary session when the settings say so', () => {
    start('routine');
    expect(cues.created).not.toHaveBeenCalled();
    expect(cues.speak).not.toHaveBeenCalled();
  });
});
