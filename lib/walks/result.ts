// The shape walk validation answers in: either the clean value or every problem found, each
// tied to the form field it belongs to so the UI can show it beside that field.
import { roundTo, WALK_MINUTES } from '@/lib/model';

export interface FieldProblem<F extends string> {
  readonly field: F;
  /** A plain sentence the person can act on. */
  readonly message: string;
}

export type Validated<T, F extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly FieldProblem<F>[] };

/** Rounds to one decimal place, the precision minutes are shown and stored with. */
export function roundTenth(n: number): number {
  return roundTo(n, WALK_MINUTES.roundTo);
}
