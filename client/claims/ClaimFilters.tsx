import { sourceLabel, type SourceRef } from '../../shared/charts/plottedClaim.js';
import { valueKinds } from '../../shared/schemas/index.js';
import type { ClaimTableFilters } from './claimTableRows';
import { valueKindLabels } from './valueKindLabels';
import type { FilterParam } from './useClaimTableParams';
import { useAddressedText } from '../ui/useSearchParamText';

/** Narrow the claims by who, how worded, when and what was said. */
export function ClaimFilters({
  filters,
  sources,
  onChange,
  onClear,
}: {
  filters: ClaimTableFilters;
  sources: readonly SourceRef[];
  onChange: (name: FilterParam, value: string) => void;
  onClear: () => void;
}) {
  // Typed boxes keep their own text: bound straight to the address they dropped keys typed quickly.
  const [from, setFrom] = useAddressedText(filters.from ?? '', (value) => onChange('from', value));
  const [to, setTo] = useAddressedText(filters.to ?? '', (value) => onChange('to', value));
  const [text, setText] = useAddressedText(filters.text, (value) => onChange('q', value));
  const active =
    filters.sourceId !== null || filters.kind !== null || filters.from || filters.to || filters.text.trim() !== '';
  return (
    <form
      className="filters claim-filters"
      role="search"
      aria-label="Filter claims"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        Source
        <select value={filters.sourceId ?? ''} onChange={(e) => onChange('source', e.target.value)}>
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {sourceLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Wording
        <select value={filters.kind ?? ''} onChange={(e) => onChange('kind', e.target.value)}>
          <option value="">Any wording</option>
          {valueKinds.map((k) => (
            <option key={k} value={k}>
              {valueKindLabels[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stated from
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        Stated to
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <label className="claim-search">
        Search claims
        <input
          type="search"
          value={text}
          placeholder="quote, scope, outlet…"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {active && (
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      )}
    </form>
  );
}
