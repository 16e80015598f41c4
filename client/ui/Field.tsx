import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement } from 'react';

/**
 * A labelled control with its hint and error. The error is tied to the control with
 * aria-describedby and announced when it appears, so a screen-reader user hears what to fix.
 * `beside` puts the label after the control, as a checkbox is read: "☐ Party to the conflict".
 */
export function Field({
  label,
  hint,
  error,
  beside = false,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  beside?: boolean;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const labelElement = <label htmlFor={id}>{label}</label>;
  const control = cloneElement(children, {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      {beside ? (
        <span className="field-beside">
          {control}
          {labelElement}
        </span>
      ) : (
        labelElement
      )}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {!beside && control}
      <span id={errorId} className="field-error" role="alert">
        {error}
      </span>
    </div>
  );
}
