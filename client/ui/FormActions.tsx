/**
 * Submit (showing progress, and refusing a second press while saving so nothing is sent twice) and
 * cancel. The button is aria-disabled rather than disabled: a disabled button drops keyboard focus
 * to the page, so a dialog opened by the save (a conflict, an expired session) would have nowhere
 * to return focus when it closes.
 */
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
        <button
          type="submit"
          className="primary"
          aria-disabled={submitting}
          aria-busy={submitting}
          // Cancelling the click also cancels an Enter in a field, which submits by clicking this button.
          onClick={(e) => {
            if (submitting) e.preventDefault();
          }}
        >
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
