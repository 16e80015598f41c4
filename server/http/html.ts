/** Markup made by `html`, which it puts in as it stands; any other value it escapes. */
export class Html {
  constructor(readonly markup: string) {}
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

type Part = Html | string | number | readonly Part[] | undefined | false;

function markupOf(part: Part): string {
  if (part instanceof Html) return part.markup;
  if (part === undefined || part === false) return '';
  if (typeof part === 'string' || typeof part === 'number') return escapeHtml(String(part));
  return part.map(markupOf).join('');
}

/**
 * A template of markup whose every value is escaped unless `html` made it, so text from the API's
 * description can never open a tag; `false` and `undefined` leave nothing, for parts shown only sometimes.
 */
export const html = (strings: TemplateStringsArray, ...values: Part[]): Html =>
  new Html(strings.reduce((markup, string, i) => markup + markupOf(values[i - 1]) + string));
