const scaleWords: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

export type FigureParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a figure as analysts type it: "6000", "6,000", "6 000", "1.5 million", "2.5k".
 * "6.000" is refused rather than guessed: in much of Europe it means six thousand, in English six.
 */
export function parseFigure(text: string): FigureParse {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { ok: false, message: 'Enter a number' };
  const match = /^([\d.,\s\u00a0\u202f]+?)\s*([a-z]+)?$/.exec(trimmed);
  if (!match) return { ok: false, message: 'Not a number: write it like 6000, 6,000 or 1.5 million' };
  const [, digits = '', word] = match;
  const scale = word === undefined ? 1 : scaleWords[word];
  if (scale === undefined) return { ok: false, message: `Unknown scale "${word}": use thousand, million or billion` };
  const compact = digits.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) {
    return {
      ok: false,
      message: `"${digits.trim()}" is ambiguous: write ${compact.replace(/\./g, '')} or ${compact.replace(/\./g, ',')}`,
    };
  }
  const wellGrouped = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact);
  if (!wellGrouped) return { ok: false, message: 'Not a number: write it like 6000, 6,000 or 1.5 million' };
  const value = Number(compact.replace(/,/g, '')) * scale;
  if (!Number.isFinite(value)) return { ok: false, message: 'Number too large' };
  return { ok: true, value };
}
