import { describe, expect, it } from 'vitest';
import { followAddress, typed } from './followAddress.js';

describe('a text box kept in the address', () => {
  it('keeps every keystroke while the address lags behind', () => {
    let state = { text: '', sent: [] as readonly string[] };
    state = typed('k', '', state);
    expect(followAddress('', state)).toBeNull();
    state = typed('ki', '', state);
    expect(followAddress('k', state)).toBeNull();
    const caughtUp = followAddress('ki', state);
    expect(caughtUp).toEqual({ text: 'ki', sent: [] });
    expect(followAddress('ki', caughtUp!)).toBeNull();
  });

  it('takes the address when something else changed it', () => {
    expect(followAddress('', { text: 'killed', sent: [] })).toEqual({ text: '', sent: [] });
    expect(followAddress('troops', { text: 'kil', sent: ['', 'k', 'kil'] })).toEqual({ text: 'troops', sent: [] });
  });
});
