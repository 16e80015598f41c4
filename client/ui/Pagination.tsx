import './pagination.css';

/** Previous and next through a long list; the current page is announced as it changes. */
export function Pagination({
  page,
  pageCount,
  onPage,
  label,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  label: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" onClick={() => onPage(1)} disabled={page === 1}>
        First
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 1}>
        Previous
      </button>
      <span aria-live="polite">
        Page {page} of {pageCount}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page === pageCount}>
        Next
      </button>
      <button type="button" onClick={() => onPage(pageCount)} disabled={page === pageCount}>
        Last
      </button>
    </nav>
  );
}
