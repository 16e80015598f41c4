import type { FieldErrors, Resolver } from 'react-hook-form';
import type { ClaimInput } from '../../../shared/schemas/index.js';
import { formValuesToInput, type ClaimFormValues } from './claimFormValues';

/** Validates the claim form with the shared claim schema and hands the API-ready input to submit. */
export const claimResolver: Resolver<ClaimFormValues, unknown, ClaimInput> = async (values) => {
  const result = formValuesToInput(values);
  if (result.ok) return { values: result.input, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const { field, message } of result.errors) {
    errors[field] ??= { type: 'validate', message };
  }
  return { values: {}, errors: errors as FieldErrors<ClaimFormValues> };
};
