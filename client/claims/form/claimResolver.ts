import type { FieldErrors, Resolver } from 'react-hook-form';
import type { ClaimInput } from '../../../shared/schemas/index.js';
import { formValuesToInput, type ClaimFormValues } from './claimFormValues';

/** Validates the claim form with the shared claim schema and hands the API-ready input to submit. */
export const claimResolver: Resolver<ClaimFormValues, unknown, ClaimInput> = async (values) => {
  const result = formValuesToInput(values);
  if (result.ok) return { values: result.input, errors: {} };
  const errors: FieldErrors<ClaimFormValues> = {};
  for (const { field, message } of result.errors) {
    // A form-wide error goes under a key of its own, as react-hook-form keeps them: root.schema.
    if (field === 'root') errors.root ??= { schema: { type: 'validate', message } };
    else errors[field] ??= { type: 'validate', message };
  }
  return { values: {}, errors };
};
