import { useEffect, useId, useState, type Ref } from 'react';

export interface PickerOption {
  id: number;
  label: string;
  /** Other names the record goes by, which find it as its label does. */
  aliases?: readonly string[];
}

const matching = (options: readonly PickerOption[], text: string) => {
  const typed = text.trim().toLowerCase();
  return (
    options.find((o) => o.label.toLowerCase() === typed) ??
    options.find((o) => o.aliases?.some((alias) => alias.toLowerCase() === typed))
  );
};

/**
 * A searchable choice among many records: the analyst types, the browser suggests matching
 * names and aliases, and the form receives the chosen record's id (empty until a name or an alias
 * matches exactly).
 */
export function EntityPicker({
  id,
  ref,
  options,
  value,
  onChange,
  ...aria
}: {
  id?: string;
  /** Lets a form focus the picker when it is the first field to fix. */
  ref?: Ref<HTMLInputElement>;
  options: readonly PickerOption[];
  value: string;
  onChange: (id: string) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const listId = useId();
  const selected = options.find((o) => String(o.id) === value);
  const [text, setText] = useState(selected?.label ?? '');
  const [shownValue, setShownValue] = useState(selected ? value : '');
  // A record created inline, or a version loaded from the server, sets `value` from outside; its
  // name may arrive later with the refreshed options. Show it once it is known.
  if (selected && value !== shownValue) {
    setShownValue(value);
    setText(selected.label);
  }
  // A name typed before the options arrived (a quick analyst, a slow network) matches once they do.
  const lateMatch = value === '' && text.trim() !== '' ? matching(options, text) : undefined;
  useEffect(() => {
    if (lateMatch) onChange(String(lateMatch.id));
  }, [lateMatch, onChange]);
  return (
    <>
      <input
        {...aria}
        id={id}
        ref={ref}
        list={listId}
        value={text}
        autoComplete="off"
        placeholder="Type to search…"
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const match = matching(options, next);
          const nextValue = match ? String(match.id) : '';
          setShownValue(nextValue);
          onChange(nextValue);
        }}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={o.label} />
        ))}
        {options.flatMap((o) =>
          (o.aliases ?? []).map((alias) => <option key={`${o.id} ${alias}`} value={alias} label={o.label} />),
        )}
      </datalist>
    </>
  );
}
