// "When to stop" under the player: the exercise's caution and its stop signs, one tap away.
// Drawn by the player and by its static layout (SessionSkeleton) alike.
import type { HTMLAttributes } from 'react';
import type { Exercise } from '@/lib/content/types';
import { stopSignsFor } from '@/lib/safety/stop-signs';

export function StopSigns({ exercise, ...rest }: { exercise: Exercise } & HTMLAttributes<HTMLDetailsElement>) {
  return (
    <details className="player-stop" {...rest}>
      <summary>When to stop</summary>
      {exercise.caution && <p>{exercise.caution}</p>}
      <ul>
        {stopSignsFor(exercise).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}
