import { useLayoutEffect } from 'react';
import { usePlotArea } from 'recharts';

/**
 * Tells the chart around it how wide its plot came out once Recharts had sized the axes beside it
 * (source names or figures, whose width only the browser knows), so that the chart can choose ticks
 * whose labels fit.
 */
export function ReportPlotWidth({ onWidth }: { onWidth: (width: number) => void }) {
  const width = usePlotArea()?.width ?? 0;
  useLayoutEffect(() => {
    if (width > 0) onWidth(width);
  }, [width, onWidth]);
  return null;
}
