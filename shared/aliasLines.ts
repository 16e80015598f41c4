/**
 * A record's aliases as a form's text box holds them, one a line, and back: blank lines and the
 * spaces around a name are dropped, as an analyst pasting a list would expect.
 */
export const aliasesFromLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export const aliasLines = (aliases: readonly string[]): string => aliases.join('\n');

/** A form's error under one alias, naming it, since the text box holds them all. */
export const aliasError = (aliases: readonly string[], index: unknown, message: string): string => {
  const alias = typeof index === 'number' ? aliases[index] : undefined;
  return alias === undefined ? message : `"${alias}": ${message}`;
};
