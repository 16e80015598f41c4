/**
 * Names the page in the browser's tab, history and bookmarks, and for screen readers as it opens
 * (WCAG 2.4.2). React hoists the <title> into <head>, and restores the previous one on unmount.
 */
export function PageTitle({ page }: { page: string }) {
  return <title>{`${page} · Triangulate`}</title>;
}
