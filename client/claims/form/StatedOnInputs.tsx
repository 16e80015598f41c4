import {
  useController,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import type { ClaimInput } from '../../../shared/schemas/index.js';
import { Field } from '../../ui/Field';
import { fitDateToPrecision, type ClaimFormValues, type DatePrecision } from './claimFormValues';

const inputTypes: Record<Exclude<DatePrecision, 'unknown'>, { type: string; hint: string }> = {
  day: { type: 'date', hint: 'YYYY-MM-DD' },
  month: { type: 'month', hint: 'YYYY-MM' },
  year: { type: 'text', hint: 'YYYY' },
};

/**
 * When the claim was made, only as precisely as it is known. The date input is controlled, so
 * that lowering the precision gives it its new type and its shortened value in one render: React
 * sets the type first, and a month input then accepts "2025-03", which a date input would refuse
 * and blank while the form kept the value and saved what the analyst could not see.
 */
export function StatedOnInputs({
  precision,
  control,
  register,
  setValue,
  errors,
}: {
  precision: DatePrecision;
  control: Control<ClaimFormValues, unknown, ClaimInput>;
  register: UseFormRegister<ClaimFormValues>;
  setValue: UseFormSetValue<ClaimFormValues>;
  errors: FieldErrors<ClaimFormValues>;
}) {
  const { field: statedOn } = useController({ control, name: 'statedOn' });
  return (
    <div className="field-row">
      <Field label="Date known to the">
        <select
          {...register('datePrecision', {
            onChange: (e) => setValue('statedOn', fitDateToPrecision(statedOn.value, e.target.value as DatePrecision)),
          })}
        >
          <option value="day">day</option>
          <option value="month">month</option>
          <option value="year">year</option>
          <option value="unknown">unknown</option>
        </select>
      </Field>
      {precision !== 'unknown' && (
        <Field label="Stated on" hint={inputTypes[precision].hint} error={errors.statedOn?.message}>
          <input
            {...statedOn}
            type={inputTypes[precision].type}
            {...(precision === 'year' ? { inputMode: 'numeric' as const, maxLength: 4 } : {})}
          />
        </Field>
      )}
    </div>
  );
}
