/** The whole dataset, for spreadsheets (CSV) or for moving to another Triangulate (JSON). */
export function DatasetExport() {
  return (
    <section className="dataset-export" aria-labelledby="dataset-export-heading">
      <h2 id="dataset-export-heading">Export the dataset</h2>
      <p>
        <a className="button" href="/api/export?format=csv" download>
          All claims as CSV
        </a>{' '}
        <a className="button" href="/api/export?format=json" download>
          Everything as JSON
        </a>
      </p>
    </section>
  );
}
