import { useGroupColour } from './groupColours';

/** A group's name with its chart colour beside it. */
export function GroupSwatch({ group }: { group: string | null }) {
  const groupColour = useGroupColour();
  return (
    <span className="group-swatch">
      <svg width="12" height="12" aria-hidden="true">
        <circle cx="6" cy="6" r="5" fill={groupColour(group)} />
      </svg>
      {group ?? 'Ungrouped'}
    </span>
  );
}
