/**
 * An import file's text, read from its bytes as UTF-8, or the line of the first byte that is not
 * UTF-8. A file saved in another encoding (Excel's plain "CSV" is Windows-1252) must be refused
 * at its bytes: decoded anyway, each of its accented letters would turn into U+FFFD, and stored
 * garbled for good. A U+FFFD that the file itself holds, written as UTF-8, is text like any other.
 */
export function utf8FileText(bytes: Uint8Array): { text: string } | { notUtf8Line: number } {
  // Decoded with its byte-order mark, if any, so that encoding the text again gives the same bytes.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const again = new TextEncoder().encode(text);
  let same = 0;
  while (same < bytes.length && same < again.length && bytes[same] === again[same]) same++;
  if (same === bytes.length && same === again.length) return { text: withoutByteOrderMark(text) };
  let line = 1;
  for (let i = 0; i < same; i++) if (bytes[i] === 0x0a) line++;
  return { notUtf8Line: line };
}

/** A byte-order mark says the file is UTF-8 and is no part of its text: JSON.parse would refuse it. */
export const withoutByteOrderMark = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** What an import says of a file that is not UTF-8, on the server and on the import page alike. */
export const notUtf8Message = (line: number) =>
  `Line ${line} holds bytes that are not UTF-8: the file was saved in another character encoding. ` +
  'Save it as UTF-8 ("CSV UTF-8" in Excel, the character set "Unicode (UTF-8)" in LibreOffice) and import it again.';
