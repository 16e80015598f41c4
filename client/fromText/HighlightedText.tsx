import type { ReactNode } from 'react';
import type { ExtractCandidate } from '../../shared/schemas/index.js';

/** The pasted text with each figure found marked and numbered like its card in the list. */
export function HighlightedText({ text, candidates }: { text: string; candidates: readonly ExtractCandidate[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  candidates
    .map((c, i) => ({ ...c.figure, n: i + 1 }))
    .sort((a, b) => a.start - b.start)
    .forEach(({ start, end, n }) => {
      if (start < at) return;
      parts.push(text.slice(at, start));
      parts.push(
        <mark key={n} id={`figure-${n}`}>
          {text.slice(start, end)}
          <sup aria-hidden="true">{n}</sup>
        </mark>,
      );
      at = end;
    });
  parts.push(text.slice(at));
  return <div className="highlighted-text">{parts}</div>;
}
