// What to have to hand before starting a routine, from its exercises' typed props.
import { PROP_LABEL, routineProps, type Routine } from '@/lib/content';

export function RoutineProps({ routine }: { routine: Routine }) {
  const props = routineProps(routine);
  return (
    <p className="routine-props">
      <strong>You will need:</strong> {props.length > 0 ? props.map((p) => PROP_LABEL[p]).join('; ') : 'nothing but a little space'}.
    </p>
  );
}
