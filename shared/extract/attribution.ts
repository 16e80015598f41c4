import { isCapitalized, isWord, tokenize, type Token } from './tokens.js';

/** Who a sentence says the figure comes from. */
export interface Attribution {
  /** The name as written, tidied ("KCNA", "Russia’s Defense Ministry"); null for "he", "the agency". */
  name: string | null;
  /**
   * named: a source named in this sentence. pronoun: "he said", "we believe". anaphora: "the
   * officials said", "the agency said" — both point back to the source named just before.
   */
  kind: 'named' | 'pronoun' | 'anaphora';
  /** Offsets in the sentence of the whole cue ("KCNA said", "according to the NIS"). */
  start: number;
  end: number;
  /** The reporting verb is in the present ("sources estimate"): the figure stands as of publication. */
  present: boolean;
}

/** Reporting verbs after their subject: "KCNA said", "the NIS estimates", "officials told reporters". */
const pastVerbs = new Set(
  'said told reported announced stated claimed estimated assessed added noted confirmed wrote concluded disclosed revealed indicated briefed'.split(
    ' ',
  ),
);
const presentVerbs = new Set(
  'says say estimates estimate believes believe assesses assess claims claim tells notes adds states confirms writes indicates'.split(
    ' ',
  ),
);
/** May stand between subject and verb: "the NIS now estimates", "officials have said". */
const betweenSubjectAndVerb = new Set(
  'now also previously further separately earlier later still recently has have had had'.split(' '),
);
const pronouns = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/**
 * Lower-case words that may be part of a source's name or description: "Western sources",
 * "senior military officials", "South Korea’s spy agency", "the state-run Korean Central News Agency".
 */
const sourceWords = new Set(
  `sources source officials official intelligence agency agencies ministry military government lawmakers lawmaker
  legislators spokesman spokeswoman spokesperson analysts analyst experts officers media report reports statement
  service services command staff army authorities defense defence state-run state-owned state senior western
  unnamed anonymous diplomats observers monitors group institute council committee office department president
  minister leader chief aides commanders spy director secretary general envoy ambassador news bureau newspaper
  outlet broadcaster people's national joint chiefs of`.split(/\s+/),
);
/** Capitalised words at the start of a sentence that are not part of its subject. */
const sentenceOpeners = new Set(
  `but and however meanwhile separately also still in on last today yesterday earlier later so yet then now while
  this that these those some many several other such both all most each
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december`.split(/\s+/),
);
/** "according to preliminary data": documents and numbers, not sources. */
const notSources = new Set(
  'data figures estimates estimate statistics calculations numbers reports report information assessment assessments tally count sources'.split(
    ' ',
  ),
);
/** "a report by X", "a statement from X", "reported by X", "cited by X". */
const documentWords =
  /^(?:(?:a|an|the)\s+)?(?:(?:new|latest|recent|preliminary|official|joint|separate)\s+)*(?:report|statement|estimate|assessment|briefing|analysis|tally|count|data|figures)s?\s+(?:by|from|of|issued\s+by|released\s+by)\s+/i;
const byVerbs = new Set('reported cited carried released published quoted issued announced'.split(' '));

/**
 * No source's name runs longer ("the state-run Korean Central News Agency (KCNA)" is nine); a longer
 * run of capitalised words is a headline or a list. Reading it whole again for each of its verbs made
 * a sentence of them quadratic.
 */
const maxNameTokens = 16;

const isNameWord = (t: Token | undefined) =>
  isWord(t) && (isCapitalized(t) || sourceWords.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.text));

/** Walks back from a reporting verb over its subject. */
function subjectBefore(tokens: Token[], verbIndex: number): Token[] {
  let j = verbIndex - 1;
  while (j >= 0 && betweenSubjectAndVerb.has(tokens[j]!.lower)) j -= 1;
  if (j >= 0 && pronouns.has(tokens[j]!.lower)) return [tokens[j]!];
  const subject: Token[] = [];
  let sawAnd = false;
  for (let k = j; k >= 0 && subject.length < maxNameTokens; k--) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (/^(?:the|a|an)$/i.test(t.text)) {
      if (subject.length > 0) subject.unshift(t);
      break;
    } else if (isNameWord(t) && !(t.lower === 'of' && subject.length === 0)) {
      subject.unshift(t);
    } else if ((t.lower === 'and' || t.text === '&') && subject.length > 0) {
      subject.unshift(t);
      sawAnd = true;
    } else if (t.text === ',' && sawAnd && isCapitalized(prev)) {
      // "South Korean, Ukrainian, and Western sources": commas only inside a list that ends in "and".
      subject.unshift(t);
    } else {
      break;
    }
  }
  while (subject.length > 0 && (/^(?:and|of|&|,)$/i.test(subject[0]!.text) || sentenceOpeners.has(subject[0]!.lower)))
    subject.shift();
  return subject.some((t) => isCapitalized(t) || sourceWords.has(t.lower)) ? subject : [];
}

/** Reads a source's name forward: "the state-run Korean Central News Agency (KCNA)", "the NIS". */
function nameAfter(tokens: Token[], from: number): Token[] {
  const name: Token[] = [];
  let i = from;
  if (tokens[i] && /^(?:the|a|an)$/i.test(tokens[i]!.text)) name.push(tokens[i++]!);
  for (; i < tokens.length && name.length < maxNameTokens; i++) {
    const t = tokens[i]!;
    if (isNameWord(t) || (t.lower === 'and' && isNameWord(tokens[i + 1]) && name.length > 0)) name.push(t);
    else if (t.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')') {
      name.push(t, tokens[i + 1]!, tokens[i + 2]!);
      i += 2;
    } else break;
  }
  while (name.length > 0 && /^(?:and|of|the|a|an)$/i.test(name[name.length - 1]!.text)) name.pop();
  return name.some((t) => isCapitalized(t) || (sourceWords.has(t.lower) && !/^(?:the|a|an|of)$/.test(t.lower)))
    ? name
    : [];
}

/** "the state-run Korean Central News Agency" → "Korean Central News Agency"; "The KCNA report" → "KCNA". */
export function tidyName(raw: string): string {
  return raw
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^(?:state-run|state-owned|official)\s+(?=\p{Lu})/u, '')
    .replace(/\s+(?:report|reports|statement)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function fromTokens(
  sentence: string,
  tokens: Token[],
  cueStart: number,
  cueEnd: number,
  present: boolean,
): Attribution {
  const first = tokens[0]!;
  const raw = sentence.slice(first.start, tokens[tokens.length - 1]!.end);
  const lower = tokens.filter((t) => !/^(?:the|a|an)$/i.test(t.text));
  if (tokens.length === 1 && pronouns.has(first.lower))
    return { name: null, kind: 'pronoun', start: cueStart, end: cueEnd, present };
  // "the officials", "the agency": a definite description with no name points back.
  if (/^the$/i.test(first.text) && lower.every((t) => !isCapitalized(t)))
    return { name: tidyName(raw), kind: 'anaphora', start: cueStart, end: cueEnd, present };
  return { name: tidyName(raw), kind: 'named', start: cueStart, end: cueEnd, present };
}

/** Every attribution cue in the sentence, in order. */
export function findAttributions(sentence: string): Attribution[] {
  const tokens = tokenize(sentence);
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "according to X", "according to a report by X"
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      let from = i + 2;
      const rest = sentence.slice(tokens[from]?.start ?? sentence.length);
      const doc = documentWords.exec(rest);
      if (doc) from = tokens.findIndex((x) => x.start >= tokens[from]!.start + doc[0].length);
      else if (notSources.has(tokens[from]?.lower ?? '') || notSources.has(tokens[from + 1]?.lower ?? '')) continue;
      const name = from >= 0 ? nameAfter(tokens, from) : [];
      if (name.length === 0 || name.every((x) => notSources.has(x.lower) || /^(?:the|a|an)$/i.test(x.text))) continue;
      found.push(fromTokens(sentence, name, t.start, name[name.length - 1]!.end, false));
      continue;
    }
    // "reported by KCNA", "a statement from the ministry"
    if (byVerbs.has(t.lower) && tokens[i + 1]?.lower === 'by') {
      const name = nameAfter(tokens, i + 2);
      if (name.length > 0) found.push(fromTokens(sentence, name, t.start, name[name.length - 1]!.end, false));
      continue;
    }
    const present = presentVerbs.has(t.lower);
    if (!present && !pastVerbs.has(t.lower)) continue;
    const subject = subjectBefore(tokens, i);
    if (subject.length > 0) {
      found.push(fromTokens(sentence, subject, subject[0]!.start, t.end, present));
      continue;
    }
    // "…, said Kim Byung-kee", "…, said the NIS": the subject after the verb.
    if ((tokens[i - 1]?.text === ',' || tokens[i - 1]?.text.match(/^["”’]$/)) && !present) {
      const name = nameAfter(tokens, i + 1);
      if (name.length > 0) found.push(fromTokens(sentence, name, t.start, name[name.length - 1]!.end, false));
    }
  }
  return found;
}

/** "is believed to", "reportedly": the sentence says the figure comes from nobody in particular. */
const hedges =
  /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:believed|thought|estimated|said|reported|understood|assessed)\s+to\b|reportedly|allegedly|it\s+is\s+(?:believed|thought|estimated|understood))\b/i;

export const isHedged = (sentence: string): boolean => hedges.test(sentence);

export interface SourceLike {
  id: number;
  name: string;
  shortName?: string | null;
  aliases?: readonly string[];
}

const normalize = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A name's forms that may be written alone: itself, without its "(KCNA)", and the "KCNA". */
function forms(name: string): string[] {
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  return [name, ...(paren ? [paren[1]!, paren[2]!] : [])].map(normalize).filter((f) => f !== '');
}

/**
 * Matches written names against these sources: an existing source whose name, short name or an alias
 * is the one written, case aside ("KCNA", "the NIS", "Korean Central News Agency (KCNA)"), the first listed when
 * several are; otherwise the written name, proposed as a new source. The sources' forms are worked out
 * once, not again for every name a text gives.
 */
export function sourceMatcher(sources: readonly SourceLike[]): (name: string) => { id: number | null; name: string } {
  const firstWithForm = new Map<string, number>();
  sources.forEach((s, at) => {
    const names = [s.name, ...(s.shortName ? [s.shortName] : []), ...(s.aliases ?? [])];
    for (const form of names.flatMap(forms)) {
      if (!firstWithForm.has(form)) firstWithForm.set(form, at);
    }
  });
  return (name) => {
    const found = sources[Math.min(...forms(name).map((form) => firstWithForm.get(form) ?? Infinity))];
    return found ? { id: found.id, name: found.name } : { id: null, name };
  };
}
