import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Claim, ClaimBatch, ExtractRequest, ExtractResult } from '../../shared/schemas/index.js';
import { formatNumber } from '../../shared/wording.js';
import { ApiError, apiFetch } from '../resources/http';
import { useCan } from '../resources/auth';
import { useCreateClaims } from '../resources/claims';
import { useMetrics } from '../resources/metrics';
import { useSources } from '../resources/sources';
import { DraftCard } from './DraftCard';
import { draftFrom, toBatch, type Draft } from './drafts';
import { HighlightedText } from './HighlightedText';
import { PageTitle } from '../ui/PageTitle';

/** Paste an article, review the figures found in it, and save the ones worth keeping, all at once. */
export default function AddFromTextPage() {
  const canEdit = useCan('editor');
  const metrics = useMetrics();
  const sources = useSources();
  const [request, setRequest] = useState<ExtractRequest>({
    text: '',
    reportedBy: '',
    citationUrl: '',
    publishedOn: '',
  });
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [errors, setErrors] = useState(new Map<number, string>());
  const [saved, setSaved] = useState<Claim[] | null>(null);

  const extract = useMutation({
    mutationFn: (body: ExtractRequest) =>
      apiFetch<ExtractResult>('/api/extract', {
        method: 'POST',
        json: { ...body, publishedOn: body.publishedOn || null },
      }),
    onSuccess: (result) => {
      setDrafts(result.candidates.map(draftFrom));
      setErrors(new Map());
      setSaved(null);
    },
  });
  const save = useCreateClaims();
  const saveBatch = (items: ClaimBatch['items']) =>
    save.mutate(
      { items },
      {
        onSuccess: (claims) => {
          setSaved(claims);
          setDrafts([]);
        },
        onError: (error) => {
          // The server names the claim by its place among the kept ones: map it back to its card.
          const kept = drafts.flatMap((d, i) => (d.keep ? [i] : []));
          const first = error instanceof ApiError ? error.fieldErrors[0] : undefined;
          const place = first ? Number(/^items\.(\d+)/.exec(first.path)?.[1]) : NaN;
          setErrors(new Map([[kept[place] ?? 0, first ? first.message : error.message]]));
        },
      },
    );

  if (!canEdit) {
    return (
      <section>
        <PageTitle page="Add claims from text" />
        <h1>Add claims from text</h1>
        <p role="alert">Adding claims needs the editor role.</p>
      </section>
    );
  }

  const field = (name: 'reportedBy' | 'citationUrl' | 'publishedOn', label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={request[name] ?? ''}
        onChange={(e) => setRequest((r) => ({ ...r, [name]: e.target.value }))}
      />
    </label>
  );
  const keptCount = drafts.filter((d) => d.keep).length;
  const result = extract.data;

  return (
    <section className="from-text">
      <PageTitle page="Add claims from text" />
      <h1>Add claims from text</h1>
      <p className="lede">
        Paste an article: Triangulate finds its figures, with their wording, what they count, who said them and when.
        Nothing is saved until you choose which to keep and press save.
      </p>
      <form
        className="from-text-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!extract.isPending) extract.mutate(request);
        }}
      >
        <label className="from-text-article">
          Article text
          <textarea
            rows={8}
            value={request.text}
            onChange={(e) => setRequest((r) => ({ ...r, text: e.target.value }))}
          />
        </label>
        <div className="filters">
          {field('reportedBy', 'Outlet')}
          {field('citationUrl', 'Article URL', 'url')}
          {field('publishedOn', 'Published on', 'date')}
        </div>
        {/* aria-disabled while reading: a disabled button would drop the keyboard user's focus to the page. */}
        <button
          type="submit"
          className="primary"
          disabled={request.text.trim() === ''}
          aria-disabled={extract.isPending}
          aria-busy={extract.isPending}
        >
          {extract.isPending ? 'Reading…' : 'Find the figures'}
        </button>
        {extract.error && (
          <p className="form-error" role="alert">
            {extract.error.message}
          </p>
        )}
      </form>

      {saved && (
        <p role="status" className="import-done">
          Saved {saved.length} claims.{' '}
          <Link to={`/metrics/${saved[0]!.metricId}?highlight=${saved[0]!.id}`}>See the first one</Link>
        </p>
      )}

      {result && drafts.length > 0 && result.total > result.candidates.length && (
        <p role="status" className="from-text-cut">
          Showing the first {formatNumber(result.candidates.length)} of {formatNumber(result.total)} figures; paste a
          shorter part to see the rest.
        </p>
      )}
      {result && drafts.length > 0 && (
        <div className="from-text-review">
          <section aria-labelledby="marked-heading">
            <h2 id="marked-heading">Figures found in the text</h2>
            <HighlightedText text={request.text} candidates={result.candidates} />
          </section>
          <section aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">
              {drafts.length} figures; {keptCount} kept
            </h2>
            <ol className="draft-list">
              {drafts.map((draft, i) => (
                <DraftCard
                  key={i}
                  n={i + 1}
                  draft={draft}
                  error={errors.get(i)}
                  metrics={metrics.data ?? []}
                  sources={sources.data ?? []}
                  onChange={(change) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)))}
                />
              ))}
            </ol>
            <button
              type="button"
              className="primary"
              disabled={keptCount === 0 || save.isPending}
              onClick={() => {
                const batch = toBatch(drafts);
                if (batch.ok) saveBatch(batch.items);
                else setErrors(batch.errors);
              }}
            >
              {save.isPending ? 'Saving…' : `Save ${keptCount} claims`}
            </button>
          </section>
        </div>
      )}
      {result && result.candidates.length === 0 && <p role="status">No figures found in this text.</p>}
    </section>
  );
}
