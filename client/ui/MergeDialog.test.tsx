// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, listsOf, metric, problem, renderWithQueries, source } from '../../tests/support/components.js';
import { MergeDialog } from './MergeDialog';

const nis = source({ id: 4, version: 3, name: 'National Intelligence Service (NIS)', aliases: ['NIS'], claimCount: 2 });
const lawmaker = source({ id: 9, version: 2, name: 'lawmaker X citing NIS', aliases: ['MP X'], claimCount: 5 });

function renderDialog(onClose = vi.fn()) {
  return renderWithQueries(
    <MemoryRouter initialEntries={['/sources/9']}>
      <Routes>
        <Route path="/sources/9" element={<MergeDialog kind="sources" record={lawmaker} open onClose={onClose} />} />
        <Route path="/sources/4" element={<p>The NIS page</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the merge dialog for a source', () => {
  it('says how many claims move and which names the other takes, then merges on both versions seen', async () => {
    const requests = fakeApi((r) =>
      r.method === 'POST'
        ? { body: { merged: lawmaker, into: nis, movedClaims: 5 } }
        : (listsOf({ sources: [nis, lawmaker] })(r) ?? { status: 500 }),
    );
    const user = userEvent.setup();
    renderDialog();
    const merge = screen.getByRole('button', { name: 'Merge' });
    expect(merge.hasAttribute('disabled')).toBe(true);
    await waitFor(() =>
      expect(screen.getAllByRole('option', { hidden: true }).map((o) => o.getAttribute('value'))).toContain('NIS'),
    );
    // The source itself is not offered: a merge into itself is refused.
    expect(screen.getAllByRole('option', { hidden: true }).map((o) => o.getAttribute('value'))).not.toContain(
      lawmaker.name,
    );
    await user.type(screen.getByLabelText('Merge into'), 'nis');
    expect(await screen.findByText(/5 claims move to “National Intelligence Service \(NIS\)”/)).toBeTruthy();
    expect(screen.getByText(/“lawmaker X citing NIS”, “MP X” become other names of/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Merge into “National Intelligence Service (NIS)”' }));

    expect(await screen.findByText('The NIS page')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/sources/9/merge', body: { into: 4, version: 2, intoVersion: 3 } },
    ]);
  });

  it('says the merge failed and that nothing changed, and stays open', async () => {
    fakeApi((r) =>
      r.method === 'POST'
        ? problem(409, { errors: [{ path: 'intoVersion', message: 'Stale version' }] })
        : (listsOf({ sources: [nis, lawmaker] })(r) ?? { status: 500 }),
    );
    const user = userEvent.setup();
    renderDialog();
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true }).length).toBeGreaterThan(0));
    await user.type(screen.getByLabelText('Merge into'), 'NIS');
    await user.click(screen.getByRole('button', { name: /^Merge into “/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The merge failed: .*Nothing was changed\.$/);
  });

  it('says so when the sources cannot be loaded', async () => {
    fakeApi(() => ({ status: 500, body: { status: 500, title: 'Internal server error' } }));
    renderDialog();
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The sources could not be loaded/);
  });
});

describe('the merge dialog for a metric', () => {
  const killed = metric({ id: 3, version: 1, name: 'North Korean soldiers killed', unit: 'soldiers', aliases: [] });
  const deaths = metric({ id: 8, version: 4, name: 'North Korean deaths', unit: 'people', aliases: ['DPRK deaths'] });

  it('moves its claims into the metric picked, and names units that differ', async () => {
    const requests = fakeApi((r) =>
      r.method === 'POST'
        ? { body: { merged: deaths, into: killed, movedClaims: 2 } }
        : (listsOf({ metrics: [killed, deaths] })(r) ?? { status: 500 }),
    );
    const user = userEvent.setup();
    renderWithQueries(
      <MemoryRouter initialEntries={['/metrics/8']}>
        <Routes>
          <Route path="/metrics/8" element={<MergeDialog kind="metrics" record={deaths} open onClose={vi.fn()} />} />
          <Route path="/metrics/3" element={<p>The killed page</p>} />
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByRole('dialog', { name: 'Merge “North Korean deaths” into another metric' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true }).length).toBe(1));
    await user.type(screen.getByLabelText('Merge into'), 'North Korean soldiers killed');
    expect(await screen.findByText(/Its claims move to “North Korean soldiers killed”/)).toBeTruthy();
    expect(screen.getByText(/“North Korean deaths”, “DPRK deaths” become other names of/)).toBeTruthy();
    expect(screen.getByText(/is counted in people and “North Korean soldiers killed” in soldiers/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Merge into “North Korean soldiers killed”' }));

    expect(await screen.findByText('The killed page')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([
      { method: 'POST', path: '/api/metrics/8/merge', body: { into: 3, version: 4, intoVersion: 1 } },
    ]);
  });
});
