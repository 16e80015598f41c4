import type { UseFormRegister, FieldErrors } from 'react-hook-form';
import { valueKinds, type ValueKind } from '../../../shared/schemas/index.js';
import { Field } from '../../ui/Field';
import { valueKindLabels } from '../valueKindLabels';
import type { ClaimFormValues } from './claimFormValues';

const figureHint = 'e.g. 6000, 6,000 or 1.5 million';

/** The value kind as a segmented control, and the number inputs that kind needs. */
export function ValueInputs({
  kind,
  register,
  errors,
}: {
  kind: ValueKind;
  register: UseFormRegister<ClaimFormValues>;
  errors: FieldErrors<ClaimFormValues>;
}) {
  return (
    <>
      <fieldset className="segmented">
        <legend>How the source worded the figure</legend>
        {valueKinds.map((k) => (
          <label key={k} className={k === kind ? 'segment segment-on' : 'segment'}>
            <input type="radio" value={k} {...register('valueKind')} />
            {valueKindLabels[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'range' ? (
        <div className="field-row">
          <Field label="Low" hint={figureHint} error={errors.low?.message}>
            <input {...register('low')} inputMode="decimal" autoComplete="off" />
          </Field>
          <Field label="High" error={errors.high?.message}>
            <input {...register('high')} inputMode="decimal" autoComplete="off" />
          </Field>
        </div>
      ) : kind === 'statement' ? (
        <p className="field-hint">A statement with no figure: record its words in the quote.</p>
      ) : (
        <Field
          label={`Figure (${valueKindLabels[kind].toLowerCase()})`}
          hint={figureHint}
          error={errors.value?.message}
        >
          <input {...register('value')} inputMode="decimal" autoComplete="off" />
        </Field>
      )}
    </>
  );
}
