/**
 * Lines of a pasted web page that are not the article: buttons, bylines, timestamps, ads. Judged a
 * whole line at a time, and only short lines, so that a sentence that merely starts with "By" stays.
 */
const furniture: { why: string; pattern: RegExp }[] = [
  {
    why: 'buttons and links',
    pattern:
      /^(?:leave a (?:comment|reply)|\d*\s*comments?|share(?: this(?: article| story)?)?(?: on \w+)?|print|email|tweet|subscribe|sign up|log ?in|read more|see more|related(?: articles| stories| content)?|recommended|skip to (?:main )?content|click here.*|follow us.*|newsletter|back to top|more from .*)$/i,
  },
  { why: 'advertising', pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|paid content)$/i },
  { why: 'timestamps', pattern: /^(?:updated|published|posted|last updated|first published)\b.{0,60}$/i },
  {
    why: 'bylines',
    pattern:
      /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Ee]dited by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|\||–|-).{0,60})?$/u,
  },
  { why: 'reading time', pattern: /^\d+\s*(?:min|minute)s?\s+read$/i },
  {
    why: 'photo credits',
    pattern: /^(?:photo|image|picture|video)(?:\s+credit)?\s*[:/|]\s*.{0,80}$|^(?:©|copyright)\s/i,
  },
];

/** True when a line of the input is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 120) return false;
  return furniture.some(({ pattern }) => pattern.test(text));
}
