import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of the element behind the returned ref, read before the browser paints and kept up to
 * date on resize. A chart given a real width draws its marks in its very first paint, where a
 * self-measuring chart paints empty first and fills in only when the page has time.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
