import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../resources/http';

/**
 * Puts the server's field errors next to the fields they name; anything else (a conflict, a lost
 * connection) goes to the form's root error.
 */
export function showServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldOf: (path: string) => Path<T> | 'root',
): void {
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
  let placed = false;
  for (const { path, message } of fieldErrors) {
    const field = fieldOf(path);
    if (field === 'root') continue;
    setError(field, { type: 'server', message }, { shouldFocus: !placed });
    placed = true;
  }
  if (!placed) setError('root', { type: 'server', message: error instanceof Error ? error.message : 'Saving failed' });
}
