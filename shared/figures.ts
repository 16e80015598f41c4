const scaleWords: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/**
 * Digits grouped by dots, as in "6.000" or "12.500.000": thousands in much of Europe, a decimal
 * point in English. A leading zero ("0.125") groups nothing, so it is read as a decimal.
 */
const dotGrouped = /^[1-9]\d{0,2}(\.\d{3})+$/;

/** A figure written so that it reads back as itself wherever figures are read: 1.234 as "1.2340". */
export function figureText(n: number): string {
  const text = String(n);
  return dotGrouped.test(text) ? `${text}0` : text;
}

/**
 * Why digits can't be read as one figure when their dots may group thousands, with the ways to
 * write each reading; undefined when they can. The claim form and the CSV import share this rule,
 * so that neither stores six where the source said six thousand.
 */
export function dotGroupingAmbiguity(digits: string): string | undefined {
  if (!dotGrouped.test(digits)) return undefined;
  const asDecimal = /^\d+\.\d+$/.test(digits) ? `, or ${figureText(Number(digits))} for a decimal` : '';
  return `"${digits}" is ambiguous: write ${digits.replace(/\./g, '')} if the dots group thousands${asDecimal}`;
}

export type FigureParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a figure as analysts type it: "6000", "6,000", "6 000", "1.5 million", "2.5k".
 * "6.000" is refused rather than guessed: in much of Europe it means six thousand, in English six.
 */
export function parseFigure(text: string): FigureParse {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { ok: false, message: 'Enter a number' };
  // "Not a number" would send the analyst looking for a typo in "-5": the figure is read, and refused.
  if (/^[-\u2212]\s*\d/.test(trimmed)) return { ok: false, message: 'Must be zero or more: a count is never negative' };
  const match = /^([\d.,\s\u00a0\u202f]+?)\s*([a-z]+)?$/.exec(trimmed);
  if (!match) return { ok: false, message: 'Not a number: write it like 6000, 6,000 or 1.5 million' };
  const [, digits = '', word] = match;
  const scale = word === undefined ? 1 : scaleWords[word];
  if (scale === undefined) return { ok: false, message: `Unknown scale "${word}": use thousand, million or billion` };
  const compact = digits.replace(/[\s\u00a0\u202f]/g, '');
  const ambiguity = dotGroupingAmbiguity(compact);
  if (ambiguity) return { ok: false, message: ambiguity };
  const wellGrouped = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact);
  if (!wellGrouped) return { ok: false, message: 'Not a number: write it like 6000, 6,000 or 1.5 million' };
  const value = Number(compact.replace(/,/g, '')) * scale;
  if (!Number.isFinite(value)) return { ok: false, message: 'Number too large' };
  return { ok: true, value };
}
