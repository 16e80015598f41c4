// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, metric, problem, renderWithQueries } from '../../tests/support/components.js';
import { MetricForm } from './MetricForm';

const casualties = metric({ id: 7, name: 'North Korean casualties' });
const killed = metric({ id: 3 });

/** Answers the metrics list, and a save with `saved`. */
const api = (saved: () => { status?: number; body: unknown }) =>
  fakeApi((request) =>
    request.method === 'GET' && request.path === '/api/metrics'
      ? { body: { items: [killed, casualties, metric({ id: 9, name: 'Killed in one unit', partOfMetricId: 3 })] } }
      : saved(),
  );

const writes = <R extends { method: string }>(requests: R[]) => requests.filter((r) => r.method !== 'GET');

describe('the metric form', () => {
  it('says what is missing before sending anything, then saves the edit on the version it opened', async () => {
    const requests = api(() => ({ body: metric({ id: 3, version: 2, unit: 'troops' }) }));
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<MetricForm metric={killed} onSaved={onSaved} />);
    await user.clear(screen.getByLabelText('Unit'));
    await user.click(screen.getByRole('button', { name: 'Save metric' }));

    expect(await screen.findByText('Required')).toBeTruthy();
    expect(writes(requests)).toEqual([]);
    await user.type(screen.getByLabelText('Unit'), 'troops');
    await user.click(screen.getByRole('button', { name: 'Save metric' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(metric({ id: 3, version: 2, unit: 'troops' })));
    expect(writes(requests)).toEqual([
      {
        method: 'PATCH',
        path: '/api/metrics/3',
        body: {
          name: 'North Korean soldiers killed',
          aliases: [],
          unit: 'troops',
          topic: null,
          description: null,
          tolerance: null,
          partOfMetricId: null,
          version: 1,
        },
      },
    ]);
  });

  it('takes the tolerance in percent and the whole from the other metrics, and sends a share and an id', async () => {
    const requests = api(() => ({ body: metric({ id: 3, version: 2, tolerance: 0.025, partOfMetricId: 7 }) }));
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<MetricForm metric={killed} onSaved={onSaved} />);
    expect(screen.getByLabelText('Tolerance (%)').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/blank for the default ±10%/)).toBeTruthy();
    const partOf = screen.getByLabelText('Part of');
    await screen.findByRole('option', { name: 'North Korean casualties' });
    // Neither itself nor a metric that is part of it can be its whole.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['— none —', 'North Korean casualties']);

    await user.type(screen.getByLabelText('Tolerance (%)'), '2.5');
    await user.selectOptions(partOf, 'North Korean casualties');
    await user.click(screen.getByRole('button', { name: 'Save metric' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(writes(requests)[0]?.body).toMatchObject({ tolerance: 0.025, partOfMetricId: 7 });
  });

  it('shows a saved tolerance in percent, and the whole by name even before the list arrives', async () => {
    fakeApi(() => new Promise(() => {}));
    renderWithQueries(<MetricForm metric={metric({ tolerance: 0.15, partOfMetricId: 7 })} onSaved={vi.fn()} />);
    expect(screen.getByLabelText<HTMLInputElement>('Tolerance (%)').value).toBe('15');
    expect(screen.getByLabelText<HTMLSelectElement>('Part of').selectedOptions[0]?.textContent).toBe(
      'Metric #7 (loading…)',
    );
  });

  it.each(['60', 'ten', '-5'])('refuses a tolerance of %j in percent, sending nothing', async (typed) => {
    const requests = api(() => ({ body: killed }));
    const user = userEvent.setup();
    renderWithQueries(<MetricForm metric={killed} onSaved={vi.fn()} />);
    await user.type(screen.getByLabelText('Tolerance (%)'), typed);
    await user.click(screen.getByRole('button', { name: 'Save metric' }));
    expect(await screen.findByText('Must be a percentage from 0 to 50, or blank for the default ±10%')).toBeTruthy();
    expect(writes(requests)).toEqual([]);
  });

  it("puts the server's refusal of the whole next to the picker", async () => {
    const message = '"North Korean casualties" is itself part of this metric, directly or through others';
    api(() => problem(400, { errors: [{ path: 'partOfMetricId', message }] }));
    const user = userEvent.setup();
    renderWithQueries(<MetricForm metric={killed} onSaved={vi.fn()} />);
    await screen.findByRole('option', { name: 'North Korean casualties' });
    await user.selectOptions(screen.getByLabelText('Part of'), 'North Korean casualties');
    await user.click(screen.getByRole('button', { name: 'Save metric' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Part of'));
  });
});
