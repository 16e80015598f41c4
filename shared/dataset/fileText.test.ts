import { describe, expect, it } from 'vitest';
import { utf8FileText } from './fileText.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('utf8FileText', () => {
  it('reads UTF-8 as it is, a U+FFFD of its own included, without its byte-order mark', () => {
    const text = 'source,quote\r\nKCNA,"Stra\u00dfe \uFFFD"\r\n';
    expect(utf8FileText(utf8(text))).toEqual({ text });
    expect(utf8FileText(utf8(`\uFEFF${text}`))).toEqual({ text });
    expect(utf8FileText(new Uint8Array())).toEqual({ text: '' });
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const windows1252 = Uint8Array.from([...utf8('source\r\nok\r\nStra'), 0xdf, ...utf8('e\r\n'), 0xe9]);
    expect(utf8FileText(windows1252)).toEqual({ notUtf8Line: 3 });
    expect(utf8FileText(Uint8Array.from([0xe9]))).toEqual({ notUtf8Line: 1 });
    // Cut short in the middle of a character.
    expect(utf8FileText(utf8('a\n\u00e9').slice(0, -1))).toEqual({ notUtf8Line: 2 });
  });
});
