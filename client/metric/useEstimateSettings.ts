import { useMemo } from 'react';
import { Reliability } from '../../shared/schemas/index.js';
import type { EstimateSettings } from '../resources/metrics';
import { useSearchParam } from '../ui/useSearchParam';

/** The grades an analyst can ask the estimate to count at least: F, not judged, is below none. */
export const minimumGrades = Reliability.exclude(['F']).options;
type MinimumGrade = (typeof minimumGrades)[number];
const isMinimumGrade = (s: string): s is MinimumGrade => (minimumGrades as readonly string[]).includes(s);

/** Source ids in the address, as `leaveOut=3,7`; anything else in it is ignored. */
const idsFrom = (param: string) => [
  ...new Set(
    param
      .split(',')
      .filter((s) => /^[1-9]\d*$/.test(s))
      .map(Number),
  ),
];

/**
 * What the estimate leaves out or takes in, kept in the address like every view setting, so that
 * a link shows the same sensitivity test: the lowest grade counted, parties to the conflict, part
 * of the scope, and single sources.
 */
export function useEstimateSettings() {
  const [min, setMin] = useSearchParam('estimateMin');
  const [parties, setParties] = useSearchParam('parties');
  const [partial, setPartial] = useSearchParam('partial');
  const [leaveOut, setLeaveOut] = useSearchParam('leaveOut');
  const left = useMemo(() => idsFrom(leaveOut), [leaveOut]);
  const settings = useMemo(
    (): EstimateSettings => ({
      minReliability: isMinimumGrade(min) ? min : undefined,
      excludeParties: parties === 'excluded',
      includePartial: partial === 'included',
      excludeSourceIds: left,
    }),
    [min, parties, partial, left],
  );
  return {
    settings,
    setMinimum: (grade: string) => setMin(isMinimumGrade(grade) ? grade : ''),
    setExcludeParties: (exclude: boolean) => setParties(exclude ? 'excluded' : ''),
    setIncludePartial: (include: boolean) => setPartial(include ? 'included' : ''),
    leaveOutSource: (id: number) => setLeaveOut([...left, id].join(',')),
    putBackSource: (id: number) => setLeaveOut(left.filter((s) => s !== id).join(',')),
  };
}
