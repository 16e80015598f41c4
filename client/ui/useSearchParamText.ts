import { useState } from 'react';
import { followAddress, typed, type AddressedText } from './followAddress';
import { useSearchParam } from './useSearchParam';

/**
 * A text box whose value lives in the address. The router updates the address a moment after each
 * keystroke, and a box bound straight to it snaps back in between and drops keys typed quickly; so
 * the box keeps its own text and follows the address only when something else changes it.
 * A date box suffers most: each typed part (month, day, then each digit of the year) is a new
 * value, and one snapped back mid-year turned "03/15/2025" into the year 0005.
 *
 * `value` is what the address says now, `write` puts a new text in it.
 */
export function useAddressedText(value: string, write: (next: string) => void): [string, (next: string) => void] {
  const [state, setState] = useState<AddressedText>({ text: value, sent: [] });
  const followed = followAddress(value, state);
  if (followed) setState(followed);

  const change = (next: string) => {
    setState((s) => typed(next, value, s));
    write(next);
  };
  return [followed?.text ?? state.text, change];
}

/** One query-string parameter as the text of a box, as `useAddressedText` keeps it. */
export function useSearchParamText(name: string, defaultValue = ''): [string, (value: string) => void] {
  const [value, setValue] = useSearchParam(name, defaultValue);
  return useAddressedText(value, setValue);
}
