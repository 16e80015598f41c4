// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  claim,
  fakeApi,
  listsOf,
  metric,
  problem,
  renderWithQueries,
  source,
  type ApiRequest,
} from '../../../tests/support/components.js';
import { ClaimForm } from './ClaimForm';

const writes = (requests: ApiRequest[]) => requests.filter((r) => r.method !== 'GET');
const invalid = (label: string) => screen.getByLabelText(label).getAttribute('aria-invalid');

async function fillValidClaim(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Source (who said it)'), 'Korean Central News Agency (KCNA)');
  await user.type(screen.getByLabelText('Figure (exact)'), '15');
  await user.type(screen.getByLabelText('Stated on'), '2025-12-21');
}

describe('the claim form', () => {
  it('shows inline errors for a reversed range and a javascript: link, and saves nothing', async () => {
    const requests = fakeApi((r) => listsOf()(r) ?? { status: 500 });
    const user = userEvent.setup();
    renderWithQueries(<ClaimForm preset={{ metricId: 1 }} onSaved={vi.fn()} />);
    await user.type(screen.getByLabelText('Source (who said it)'), 'Korean Central News Agency (KCNA)');
    await user.click(screen.getByRole('radio', { name: 'Range' }));
    await user.type(screen.getByLabelText('Low'), '12,000');
    await user.type(screen.getByLabelText('High'), '11,000');
    await user.type(screen.getByLabelText('Stated on'), '2025-12-01');
    await user.type(screen.getByLabelText('Citation URL'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add claim' }));

    expect(await screen.findByText('The high end must not be below the low end')).toBeTruthy();
    expect(screen.getByText('Must be an http or https URL')).toBeTruthy();
    expect([invalid('High'), invalid('Citation URL')]).toEqual(['true', 'true']);
    expect(writes(requests)).toEqual([]);
  });

  it('reports every error of an empty claim at once and focuses the metric, the first to fix', async () => {
    fakeApi((r) => listsOf()(r) ?? { status: 500 });
    const user = userEvent.setup();
    renderWithQueries(<ClaimForm onSaved={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Add claim' }));

    expect(await screen.findByText('Choose the metric this figure counts')).toBeTruthy();
    for (const message of ['Choose the source that gave this figure', 'Enter a number', 'Enter the date']) {
      expect(screen.getByText(message, { exact: false })).toBeTruthy();
    }
    expect(document.activeElement).toBe(screen.getByLabelText('Metric'));
    expect(invalid('Source (who said it)')).toBe('true');

    await user.type(screen.getByLabelText('Metric'), 'North Korean soldiers killed');
    await waitFor(() => expect(screen.queryByText('Choose the metric this figure counts')).toBeNull());
  });

  it('takes a metric and source named before their lists arrived, once they do', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const requests = fakeApi(async (r) => {
      if (r.method === 'POST') return { status: 201, body: claim({ id: 5 }) };
      if (r.path === '/api/metrics' || r.path === '/api/sources') await arrived;
      return listsOf()(r) ?? { status: 500 };
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<ClaimForm onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Metric'), 'North Korean soldiers killed');
    await fillValidClaim(user);
    release();
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true }).length).toBeGreaterThan(1));
    await user.click(screen.getByRole('button', { name: 'Add claim' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(writes(requests)).toEqual([
      {
        method: 'POST',
        path: '/api/claims',
        body: expect.objectContaining({ metricId: 1, sourceId: 1, value: { kind: 'exact', value: 15 } }),
      },
    ]);
  });

  it('finds a source by any of its aliases, whatever the case, and offers the aliases to pick from', async () => {
    const nis = source({ id: 4, name: 'National Intelligence Service of South Korea (NIS)', aliases: ['NIS'] });
    const requests = fakeApi((r) =>
      r.method === 'POST'
        ? { status: 201, body: claim({ id: 5 }) }
        : (listsOf({ sources: [source(), nis] })(r) ?? { status: 500 }),
    );
    const user = userEvent.setup();
    renderWithQueries(<ClaimForm preset={{ metricId: 1 }} onSaved={vi.fn()} />);
    await waitFor(() =>
      expect(screen.getAllByRole('option', { hidden: true }).map((o) => o.getAttribute('value'))).toContain('NIS'),
    );
    await user.type(screen.getByLabelText('Source (who said it)'), 'nis');
    await user.type(screen.getByLabelText('Figure (exact)'), '300');
    await user.type(screen.getByLabelText('Stated on'), '2025-01-13');
    await user.click(screen.getByRole('button', { name: 'Add claim' }));

    await waitFor(() => expect(writes(requests)).toHaveLength(1));
    expect(writes(requests)[0]!.body).toMatchObject({ sourceId: 4 });
  });

  it('shows the claim a claim repeats even when the metric’s claims arrive after the form', async () => {
    const original = claim({ id: 2, value: { kind: 'exact', value: 6000 } });
    const repeat = claim({ id: 3, repeatsClaimId: 2 });
    let release!: () => void;
    const listHeld = new Promise<void>((resolve) => (release = resolve));
    fakeApi(async (r) => {
      if (r.path.startsWith('/api/claims?')) await listHeld;
      return listsOf({ claims: [original, repeat] })(r) ?? { status: 500 };
    });
    renderWithQueries(<ClaimForm claim={repeat} onSaved={vi.fn()} />);
    const repeats = screen.getByLabelText<HTMLSelectElement>('Repeats an earlier claim');
    expect(repeats.value).toBe('2');

    release();
    await waitFor(() => expect(within(repeats).getAllByRole('option').length).toBeGreaterThan(1));
    await waitFor(() => expect(repeats.selectedOptions[0]?.textContent).not.toContain('#'));
    expect(repeats.value).toBe('2');
  });

  it("puts the server's errors next to the fields they name", async () => {
    fakeApi((r) =>
      r.method === 'POST'
        ? problem(400, { errors: [{ path: 'value.value', message: 'Too large for a count' }] })
        : (listsOf()(r) ?? { status: 500 }),
    );
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<ClaimForm preset={{ metricId: 1 }} onSaved={onSaved} />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Metric').value).not.toBe(''));
    await fillValidClaim(user);
    await user.click(screen.getByRole('button', { name: 'Add claim' }));

    expect(await screen.findByText('Too large for a count')).toBeTruthy();
    expect(invalid('Figure (exact)')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows both versions when someone saved first, and saves on the version it loads', async () => {
    const mine = claim({ id: 4, version: 1 });
    const theirs = claim({ id: 4, version: 2, scope: 'first analyst scope' });
    const requests = fakeApi((r) => {
      if (r.method !== 'PATCH') return listsOf({ metrics: [metric()], sources: [source()] })(r) ?? { status: 500 };
      const { version } = r.body as { version: number };
      return version === 1 ? problem(409, { current: theirs }) : { body: { ...theirs, version: 3 } };
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<ClaimForm claim={mine} onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Notes'), 'second analyst notes');
    await user.click(screen.getByRole('button', { name: 'Save claim' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this claim' });
    expect(within(dialog).getByText('first analyst scope')).toBeTruthy();
    expect(within(dialog).getByText('second analyst notes')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Load their version' }));
    expect(screen.getByLabelText<HTMLInputElement>('Scope').value).toBe('first analyst scope');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('');
    await user.type(screen.getByLabelText('Notes'), 'second analyst notes');
    await user.click(screen.getByRole('button', { name: 'Save claim' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(writes(requests).map((r) => [r.path, r.body])).toEqual([
      ['/api/claims/4', expect.objectContaining({ version: 1, scope: '', notes: 'second analyst notes' })],
      [
        '/api/claims/4',
        expect.objectContaining({ version: 2, scope: 'first analyst scope', notes: 'second analyst notes' }),
      ],
    ]);
  });
});
