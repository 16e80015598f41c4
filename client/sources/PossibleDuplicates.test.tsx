// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeApi, listsOf, renderWithQueries, source } from '../../tests/support/components.js';
import { PossibleDuplicates } from './PossibleDuplicates';

const nis = source({ id: 4, version: 1, name: 'NIS', claimCount: 1 });
const lawmaker = source({ id: 9, version: 1, name: 'lawmaker X citing NIS', claimCount: 3 });

const renderList = () =>
  renderWithQueries(
    <MemoryRouter>
      <PossibleDuplicates />
    </MemoryRouter>,
  );

describe('the possible duplicates', () => {
  it('lists each pair with why, dismisses one when asked, and lists what is left', async () => {
    let dismissed = false;
    const requests = fakeApi((r) => {
      if (r.path === '/api/sources/duplicates/dismiss') {
        dismissed = true;
        return { status: 204 };
      }
      if (r.path === '/api/sources/duplicates')
        return { body: { items: dismissed ? [] : [{ source: lawmaker, into: nis, reason: 'citing' }] } };
      return listsOf({ sources: [nis, lawmaker] })(r) ?? { status: 500 };
    });
    const user = userEvent.setup();
    renderList();
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toBe(
      'lawmaker X citing NIS (3 claims) may be NIS (1 claim): cites the other.Merge into “NIS”…Not the same',
    );
    await user.click(within(item).getByRole('button', { name: 'Not the same' }));
    expect(await screen.findByText('No two sources look like one under two names.')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/sources/duplicates/dismiss', body: { sourceId: 9, intoId: 4 } },
    ]);
  });

  it('opens the merge dialog on the pair, the source to merge into already chosen', async () => {
    fakeApi((r) =>
      r.path === '/api/sources/duplicates'
        ? { body: { items: [{ source: lawmaker, into: nis, reason: 'citing' }] } }
        : (listsOf({ sources: [nis, lawmaker] })(r) ?? { status: 500 }),
    );
    const user = userEvent.setup();
    renderList();
    await user.click(await screen.findByRole('button', { name: 'Merge into “NIS”…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Merge into').value).toBe('NIS');
    expect(await within(dialog).findByText(/^3 claims move to “NIS”/)).toBeTruthy();
  });

  it('says when the list cannot be loaded', async () => {
    fakeApi(() => ({ status: 500, body: { status: 500, title: 'Internal server error' } }));
    renderList();
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not load possible duplicates: /);
  });
});
