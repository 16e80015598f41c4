import { Dialog } from './Dialog';

export interface ConflictRow {
  label: string;
  theirs: string;
  yours: string;
}

/**
 * Someone saved the record after this form was opened. Nothing was overwritten: the analyst sees
 * both versions field by field and chooses, knowingly, which one stands.
 */
export function ConflictDialog({
  noun,
  rows,
  onLoadTheirs,
  onOverwrite,
  onClose,
}: {
  /** What was changed: "claim", "source", "metric". */
  noun: string;
  rows: ConflictRow[] | null;
  onLoadTheirs: () => void;
  onOverwrite: () => void;
  onClose: () => void;
}) {
  const differing = rows?.filter((r) => r.theirs !== r.yours) ?? [];
  return (
    <Dialog open={rows !== null} title={`Someone else changed this ${noun}`} onClose={onClose} wide>
      <p>
        While you were editing, another analyst saved a new version. Nothing has been overwritten. Compare the two and
        choose which one to keep.
      </p>
      <table className="conflict-table">
        <caption className="visually-hidden">Their saved version beside yours</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Their saved version</th>
            <th scope="col">Your version</th>
          </tr>
        </thead>
        <tbody>
          {rows?.map((row) => {
            const differs = row.theirs !== row.yours;
            return (
              <tr key={row.label} className={differs ? 'conflict-differs' : undefined}>
                <th scope="row">
                  {row.label}
                  {differs && <span className="badge">differs</span>}
                </th>
                <td>{row.theirs || '—'}</td>
                <td>{row.yours || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{differing.length === 1 ? '1 field differs.' : `${differing.length} fields differ.`}</p>
      <div className="form-actions">
        <button type="button" onClick={onLoadTheirs}>
          Load their version
        </button>
        <button type="button" className="danger" onClick={onOverwrite}>
          Overwrite with mine
        </button>
      </div>
    </Dialog>
  );
}
