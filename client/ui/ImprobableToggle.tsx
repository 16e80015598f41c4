import { credibilityGrades, improbableGrade } from '../../shared/schemas/index.js';
import { useSearchParam } from './useSearchParam';

/** The address parameter that brings claims graded improbable back into comparisons. */
export const improbableParam = 'improbable';

export const includesImprobable = (param: string | null): boolean => param === 'included';

/**
 * Whether comparisons count claims graded 5 (improbable), kept in the address like every view
 * setting. The server leaves them out unless asked, so the analyst has to be able to ask: without
 * this, grading a source's only claim 5 made the comparison say there were no claims at all.
 */
export function useIncludeImprobable(): [boolean, (include: boolean) => void] {
  const [param, setParam] = useSearchParam(improbableParam);
  return [includesImprobable(param), (include) => setParam(include ? 'included' : '')];
}

export function ImprobableToggle({ included, onChange }: { included: boolean; onChange: (include: boolean) => void }) {
  return (
    <label className="filter-check">
      <input type="checkbox" checked={included} onChange={(e) => onChange(e.target.checked)} />
      {/* "(5)" alone read as a count of five claims. */}
      Include claims graded {credibilityGrades[improbableGrade].toLowerCase()} (grade {improbableGrade})
    </label>
  );
}
