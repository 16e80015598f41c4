import { describe, expect, it } from 'vitest';
import { html } from './html.js';

describe('html', () => {
  it('escapes every value it is given, and keeps markup it made as it stands', () => {
    const name = `<img src=x onerror="alert('hi')"> & more`;
    const link = html`<a href="#${name}">${name}</a>`;
    expect(link.markup).toBe(
      '<a href="#&lt;img src=x onerror=&quot;alert(&#39;hi&#39;)&quot;&gt; &amp; more">' +
        '&lt;img src=x onerror=&quot;alert(&#39;hi&#39;)&quot;&gt; &amp; more</a>',
    );
    expect(html`<li>${[link, 'a<b', 3]}</li>`.markup).toBe(`<li>${link.markup}a&lt;b3</li>`);
  });

  it('leaves nothing for a part shown only sometimes', () => {
    expect(html`<p>${false}${undefined}</p>`.markup).toBe('<p></p>');
  });
});
