import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page, keyboard focus goes to its main heading, as if the page had just
 * loaded from the top: otherwise it is left on a control that vanished with the old page (the
 * "Save" that navigated away) and falls to the body. Pages draw their heading once their code and
 * data arrive, so this waits for it. Only the path counts: filters, sorting and paging change the
 * query string and leave focus where the analyst is working.
 */
export function useHeadingFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    const container = main.current;
    // The first page load keeps the browser's own start, where Tab reaches the skip link first.
    if (!container || shownPath.current === pathname) return;
    shownPath.current = pathname;
    const focusHeading = () => {
      const heading = container.querySelector('h1');
      if (!heading) return false;
      const active = document.activeElement;
      // The analyst may already be somewhere on the new page, by mouse or Tab: leave them there.
      if (active && active !== container && container.contains(active)) return true;
      heading.tabIndex = -1;
      // The page may scroll to what it highlights (a claim just saved): focusing must not undo that.
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [main, pathname]);
}
