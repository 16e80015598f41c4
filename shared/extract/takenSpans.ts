/**
 * The stretches of a text that earlier matches took, so that a later match overlapping one can be
 * dropped. A check reads only the characters of the match asked about: comparing it with every match
 * taken so far made a sentence of a thousand numbers, or of dates, cost a million comparisons.
 */
export function takenSpans(length: number) {
  const taken = new Uint8Array(length);
  const inText = (at: number) => Math.min(Math.max(at, 0), length);
  return {
    overlaps: (span: { start: number; end: number }) =>
      taken.subarray(inText(span.start), inText(span.end)).includes(1),
    take(span: { start: number; end: number }) {
      taken.fill(1, inText(span.start), inText(span.end));
    },
  };
}
