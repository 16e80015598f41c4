import type { FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { Field } from '../../ui/Field';
import { fitDateToPrecision, type ClaimFormValues, type DatePrecision } from './claimFormValues';

const inputTypes: Record<Exclude<DatePrecision, 'unknown'>, { type: string; hint: string }> = {
  day: { type: 'date', hint: 'YYYY-MM-DD' },
  month: { type: 'month', hint: 'YYYY-MM' },
  year: { type: 'text', hint: 'YYYY' },
};

/** When the claim was made, only as precisely as it is known. */
export function StatedOnInputs({
  precision,
  statedOn,
  register,
  setValue,
  errors,
}: {
  precision: DatePrecision;
  statedOn: string;
  register: UseFormRegister<ClaimFormValues>;
  setValue: UseFormSetValue<ClaimFormValues>;
  errors: FieldErrors<ClaimFormValues>;
}) {
  return (
    <div className="field-row">
      <Field label="Date known to the">
        <select
          {...register('datePrecision', {
            onChange: (e) => setValue('statedOn', fitDateToPrecision(statedOn, e.target.value as DatePrecision)),
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
            {...register('statedOn')}
            type={inputTypes[precision].type}
            {...(precision === 'year' ? { inputMode: 'numeric' as const, maxLength: 4 } : {})}
          />
        </Field>
      )}
    </div>
  );
}
