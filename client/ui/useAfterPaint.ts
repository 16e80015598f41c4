import { useEffect, useState } from 'react';

/**
 * True from the first frame after `ready`: heavy parts of a page wait until the part the reader
 * came for has been painted, instead of holding up its first paint.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    // Two frames: the first runs before the browser paints, the second after it.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [ready, painted]);
  return painted;
}
