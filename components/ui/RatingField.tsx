// A 0–10 rating typed as text: a number field would hand over "" for "+5" or "0x5", and the
// person would not learn why; the one parser sees what was typed. The error, when there is
// one, stands at the field and is read with it; otherwise an optional hint is.
import { useId, type Ref } from 'react';

export function RatingField({
  ref,
  label,
  value,
  onChange,
  error,
  hint,
  className,
}: {
  ref?: Ref<HTMLInputElement>;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  className?: string;
}) {
  const id = useId();
  const described = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        className={className}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="field-note">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
