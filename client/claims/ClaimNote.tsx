/**
 * An analyst's note on a claim ("stale", "likely conflation"), labelled so that it is not read as
 * the source's words; nothing at all for a claim without one.
 */
export function ClaimNote({ notes }: { notes: string | null }) {
  if (!notes) return null;
  return (
    <p className="claim-note">
      <span className="claim-note-label">Notes:</span> {notes}
    </p>
  );
}
