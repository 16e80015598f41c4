import { useEffect, useRef } from 'react';
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
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const focusAfterTurn = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    focusAfterTurn.current?.focus();
    focusAfterTurn.current = null;
  }, [page]);
  if (pageCount <= 1) return null;
  const go = (target: number) => {
    // The buttons towards an end are disabled on reaching it, which would drop focus to the page:
    // once the page has turned, focus moves to the way back, which is enabled by then.
    if (target === 1) focusAfterTurn.current = next.current;
    if (target === pageCount) focusAfterTurn.current = previous.current;
    onPage(target);
  };
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" onClick={() => go(1)} disabled={page === 1}>
        First
      </button>
      <button type="button" ref={previous} onClick={() => go(page - 1)} disabled={page === 1}>
        Previous
      </button>
      <span aria-live="polite">
        Page {page} of {pageCount}
      </span>
      <button type="button" ref={next} onClick={() => go(page + 1)} disabled={page === pageCount}>
        Next
      </button>
      <button type="button" onClick={() => go(pageCount)} disabled={page === pageCount}>
        Last
      </button>
    </nav>
  );
}
