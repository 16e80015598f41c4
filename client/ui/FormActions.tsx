/** Submit (showing progress, and disabled while saving so it cannot be sent twice) and cancel. */
export function FormActions({
  submitting,
  label,
  rootError,
  onCancel,
}: {
  submitting: boolean;
  label: string;
  rootError?: string | undefined;
  onCancel?: (() => void) | undefined;
}) {
  return (
    <>
      {rootError && (
        <p className="form-error" role="alert">
          {rootError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submitting} aria-busy={submitting}>
          {submitting ? 'Saving…' : label}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
