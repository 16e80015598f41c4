import { useGroupColour } from './groupColours';

/** Which colour stands for which group of sources; colours are never the only label. */
export function GroupLegend({ groups }: { groups: readonly (string | null)[] }) {
  const groupColour = useGroupColour();
  const distinct = [...new Set(groups.map((g) => g ?? 'Ungrouped'))].sort();
  if (distinct.length === 0) return null;
  return (
    <ul className="legend" aria-label="Source groups">
      {distinct.map((group) => (
        <li key={group}>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" fill={groupColour(group === 'Ungrouped' ? null : group)} />
          </svg>
          {group}
        </li>
      ))}
    </ul>
  );
}
