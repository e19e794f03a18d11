// An edit form writes only what the person changed: a field another tab set meanwhile is left
// as it is now, not put back to what the form showed when it opened.

/**
 * The fields of `edited` whose value differs from `shown` (what the form showed when it
 * opened). A field cleared in the form comes back as `undefined`, which removes it from the
 * stored record. Values are compared with `Object.is`: the forms hold numbers, strings and
 * booleans.
 */
export function changedFields<T extends object>(shown: T, edited: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (!Object.is(shown[key], edited[key])) changed[key] = edited[key];
  }
  return changed;
}

/** True when an edit changes nothing, so there is nothing to write. */
export const isEmptyPatch = (patch: object): boolean => Object.keys(patch).length === 0;
