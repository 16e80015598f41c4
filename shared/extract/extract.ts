import { ClaimValue } from '../schemas/claim.js';
import { findAttributions, isHedged, sourceMatcher, type Attribution, type SourceLike } from './attribution.js';
import { readCounted } from './counted.js';
import { findDates } from './dates.js';
import { categoryOf, suggestMetric, type MetricLike } from './metrics.js';
import { findNumbers } from './numbers.js';
import { readFigures, type ReadFigure } from './ranges.js';
import { splitSentences } from './sentences.js';
import { statementDater } from './statedOn.js';

export interface ExtractOptions {
  /** The article's publication day, YYYY-MM-DD: what "on Friday" and "last month" are counted back from. */
  publishedOn?: string | null | undefined;
  /** Existing sources and metrics, to match names against. */
  sources: readonly SourceLike[];
  metrics: readonly MetricLike[];
  /** Candidates past this many are not read, only counted: what they count, who said them and when is left out. */
  limit?: number;
}

export interface Extraction {
  candidates: Candidate[];
  /** How many figures the text holds: more than `candidates` when the limit cut them short. */
  total: number;
}

/** A span of the input: `input.slice(start, end) === text`. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** One figure found in the text, shaped to prefill a claim. */
export interface Candidate {
  value: ClaimValue;
  /** The figure's wording, qualifier included ("more than 6,000"). */
  figure: TextSpan;
  /** The sentence it came from. */
  quote: TextSpan;
  /** What it counts, as written after it ("soldiers were killed"), and its head word ("soldiers"). */
  counted: string | null;
  countedHead: string | null;
  suggestedMetricId: number | null;
  /** The matched source (id), a proposed new one (id null), or null when the text names none. */
  source: { id: number | null; name: string } | null;
  statedOn: string | null;
}

/** How many sentences an attribution carries over to sentences that name no source ("KCNA said. …"). */
const carryOver = 2;

const asideAfter =
  /^\s*,\s*(?:both\s+)?(?:killed|wounded|injured|dead)(?:\s+(?:or|and)\s+(?:killed|wounded|injured|dead))?/i;

type Resolved = { id: number | null; name: string };
const keyOf = (s: Resolved) => (s.id !== null ? `#${s.id}` : s.name.toLowerCase());

/**
 * Hundreds of digits read as Infinity, twenty as more than a double holds exactly: no claim can store
 * such a figure, so it is no candidate either.
 */
const storable = (figure: ReadFigure) => ClaimValue.safeParse(figure.value).success;

/**
 * Every figure in `text`, in order, as a claim to be checked by a person (up to `limit` of them), and
 * how many there are. Pure: the same text and options give the same answer.
 */
export function extractCandidates(text: string, options: ExtractOptions): Extraction {
  const { publishedOn = null, sources, metrics, limit = Infinity } = options;
  const matchSource = sourceMatcher(sources);
  const candidates: Candidate[] = [];
  let total = 0;
  /** The date each source was first tied to in this text: "KCNA said on Friday … KCNA said …". */
  const datesBySource = new Map<string, string>();
  let recent: { source: Resolved; sentence: number } | null = null;

  splitSentences(text).forEach((sentence, index) => {
    const dates = findDates(sentence.text, publishedOn);
    const figures = readFigures(sentence.text, findNumbers(sentence.text, dates));
    if (candidates.length >= limit) {
      total += figures.filter(storable).length;
      return;
    }
    const dateOf = statementDater(sentence.text, dates);
    const cues = findAttributions(sentence.text).map((cue) => {
      let source: Resolved | null = null;
      if (cue.kind === 'named') source = matchSource(cue.name!);
      else if (recent && index - recent.sentence <= carryOver) source = recent.source;
      else if (cue.kind === 'anaphora') source = matchSource(cue.name!);
      const said = dateOf(cue);
      if (source && said && !datesBySource.has(keyOf(source))) datesBySource.set(keyOf(source), said);
      return { cue, source, said };
    });
    const inherited = recent && index - recent.sentence <= carryOver && !isHedged(sentence.text) ? recent : null;

    figures.forEach((figure, i) => {
      if (!storable(figure)) return;
      total += 1;
      if (candidates.length >= limit) return;
      const counted = readCounted(sentence.text, figure, sentence.start, figure.value.kind === 'range');
      // What leads up to the figure, and an aside after what it counts: "losses … totaled about 6,000
      // troops, killed or injured"; "the number of casualties stands at 47-hundred soldiers".
      const countedEnd = counted ? counted.end - sentence.start : figure.end;
      const aside = asideAfter.exec(sentence.text.slice(countedEnd, countedEnd + 40))?.[0] ?? '';
      const context = sentence.text.slice(figures[i - 1]?.end ?? 0, figure.start) + aside;
      const category = categoryOf(counted?.text ?? null, counted?.head ?? null, context);

      const distance = (c: Attribution) =>
        c.end <= figure.start ? figure.start - c.end : Math.max(0, c.start - figure.end);
      const own = cues.filter((c) => c.source).sort((a, b) => distance(a.cue) - distance(b.cue))[0];
      let source: Resolved | null = null;
      let statedOn: string | null = null;
      if (own?.source) {
        source = own.source;
        statedOn =
          own.said ?? datesBySource.get(keyOf(source)) ?? (own.cue.present && publishedOn ? publishedOn : null);
      } else if (cues.length === 0 && inherited) {
        source = inherited.source;
        statedOn = datesBySource.get(keyOf(source)) ?? null;
      }

      candidates.push({
        value: figure.value,
        figure: {
          text: sentence.text.slice(figure.start, figure.end),
          start: sentence.start + figure.start,
          end: sentence.start + figure.end,
        },
        quote: { text: sentence.text, start: sentence.start, end: sentence.end },
        counted: counted?.text ?? null,
        countedHead: counted?.head ?? null,
        suggestedMetricId: suggestMetric(category, counted?.head ?? null, sentence.text, metrics),
        source,
        statedOn,
      });
    });

    const attributed = cues.filter((c) => c.source).pop();
    if (attributed?.source) recent = { source: attributed.source, sentence: index };
  });
  return { candidates, total };
}
