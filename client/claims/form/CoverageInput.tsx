import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { coverageLabels, fieldLabel, unknownCoverageLabel } from '../../../shared/fields/index.js';
import { coverages } from '../../../shared/schemas/index.js';
import { Field } from '../../ui/Field';
import type { ClaimFormValues } from './claimFormValues';

/** Whether the figure counts all the metric counts or only part of it, which the scope then names. */
export function CoverageInput({
  register,
  errors,
}: {
  register: UseFormRegister<ClaimFormValues>;
  errors: FieldErrors<ClaimFormValues>;
}) {
  return (
    <Field
      label={fieldLabel('claim', 'coverage')}
      hint="Does the figure cover the metric's whole scope, or only part of it (one unit, region or period)?"
      error={errors.coverage?.message}
    >
      <select {...register('coverage')}>
        <option value="">{unknownCoverageLabel}</option>
        {coverages.map((c) => (
          <option key={c} value={c}>
            {coverageLabels[c]}
          </option>
        ))}
      </select>
    </Field>
  );
}
