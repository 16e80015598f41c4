import { ReferenceLine } from 'recharts';
import type { ValueAxis } from '../../shared/charts/valueAxis.js';
import { useChartInk } from '../ui/colours';

/**
 * The break between a log axis's 0 lane and its scale, drawn across the plot so that a reader sees
 * the 0 marks stand apart from the figures the scale measures, on screen and in an exported image.
 */
export function ZeroLaneBreak({ axis, direction }: { axis: ValueAxis; direction: 'x' | 'y' }) {
  const ink = useChartInk();
  if (!axis.zeroLane) return null;
  const at = direction === 'x' ? { x: axis.zeroLane.edge } : { y: axis.zeroLane.edge };
  return <ReferenceLine {...at} stroke={ink('reference')} strokeWidth={1.5} strokeDasharray="6 2 1 2" />;
}
