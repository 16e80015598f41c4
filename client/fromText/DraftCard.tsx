import { valueKinds, type Metric, type SourceWithCount } from '../../shared/schemas/index.js';
import { valueKindLabels } from '../claims/valueKindLabels';
import type { Draft } from './drafts';

/** One figure found in the text, to keep or leave, and to correct before saving. */
export function DraftCard({
  n,
  draft,
  error,
  metrics,
  sources,
  onChange,
}: {
  n: number;
  draft: Draft;
  error: string | undefined;
  metrics: readonly Metric[];
  sources: readonly SourceWithCount[];
  onChange: (change: Partial<Draft>) => void;
}) {
  const id = (field: string) => `draft-${n}-${field}`;
  const text = (field: 'value' | 'low' | 'high' | 'statedOn' | 'scope' | 'newSourceName', label: string) => (
    <div className="field">
      <label htmlFor={id(field)}>{label}</label>
      <input id={id(field)} value={draft[field]} onChange={(e) => onChange({ [field]: e.target.value })} />
    </div>
  );
  return (
    <li className={draft.keep ? 'draft-card' : 'draft-card draft-left-out'} aria-labelledby={id('title')}>
      <h3 id={id('title')}>
        <label>
          <input type="checkbox" checked={draft.keep} onChange={(e) => onChange({ keep: e.target.checked })} /> Keep
          figure {n}: “{draft.figure}”
        </label>
      </h3>
      {draft.keep && (
        <div className="draft-fields">
          <div className="field">
            <label htmlFor={id('metric')}>Metric</label>
            <select id={id('metric')} value={draft.metricId} onChange={(e) => onChange({ metricId: e.target.value })}>
              <option value="">— choose —</option>
              {metrics.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('source')}>Source</label>
            <select id={id('source')} value={draft.sourceId} onChange={(e) => onChange({ sourceId: e.target.value })}>
              <option value="">— choose —</option>
              <option value="new">New source…</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          {draft.sourceId === 'new' && text('newSourceName', 'New source name')}
          <div className="field">
            <label htmlFor={id('kind')}>Wording</label>
            <select
              id={id('kind')}
              value={draft.kind}
              onChange={(e) => onChange({ kind: e.target.value as Draft['kind'] })}
            >
              {valueKinds.map((k) => (
                <option key={k} value={k}>
                  {valueKindLabels[k]}
                </option>
              ))}
            </select>
          </div>
          {draft.kind === 'range' ? (
            <>
              {text('low', 'Low')}
              {text('high', 'High')}
            </>
          ) : (
            draft.kind !== 'statement' && text('value', 'Figure')
          )}
          {text('statedOn', 'Stated on (YYYY-MM-DD, YYYY-MM or YYYY)')}
          {text('scope', 'Scope')}
          <div className="field draft-quote">
            <label htmlFor={id('quote')}>Quote</label>
            <textarea
              id={id('quote')}
              rows={2}
              value={draft.quote}
              onChange={(e) => onChange({ quote: e.target.value })}
            />
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
