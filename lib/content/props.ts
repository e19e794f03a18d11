// What a person needs to have to hand for a routine, derived from the typed props of its
// exercises (never free text), so a routine page cannot forget the strap one exercise needs.
import { exercises } from './exercises';
import type { Exercise, Prop, Routine } from './types';

/** How each prop reads in a list: "You will need: a mat, a strap, belt or towel". */
export const PROP_LABEL = {
  mat: 'a mat or a rug on the floor',
  cushion: 'a cushion or folded towel to kneel on',
  strap: 'a strap, belt or towel',
  step: 'a low, steady step',
  chair: 'a steady chair or bench',
  support: 'something steady to hold, such as a rail or a chair back',
} as const satisfies Record<Prop, string>;

/** Every prop the routine's exercises need, each once, in the order they are first needed. */
export function routineProps(routine: Pick<Routine, 'exerciseIds'>, library: readonly Exercise[] = exercises): Prop[] {
  const props: Prop[] = [];
  for (const id of routine.exerciseIds) {
    for (const prop of library.find((e) => e.id === id)?.props ?? []) if (!props.includes(prop)) props.push(prop);
  }
  return props;
}
