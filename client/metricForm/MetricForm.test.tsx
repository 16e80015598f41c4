// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, metric, renderWithQueries } from '../../tests/support/components.js';
import { MetricForm } from './MetricForm';

describe('the metric form', () => {
  it('says what is missing before sending anything, then saves the edit on the version it opened', async () => {
    const requests = fakeApi(() => ({ body: metric({ id: 3, version: 2, unit: 'troops' }) }));
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<MetricForm metric={metric({ id: 3 })} onSaved={onSaved} />);
    await user.clear(screen.getByLabelText('Unit'));
    await user.click(screen.getByRole('button', { name: 'Save metric' }));

    expect(await screen.findByText('Required')).toBeTruthy();
    expect(requests).toEqual([]);
    await user.type(screen.getByLabelText('Unit'), 'troops');
    await user.click(screen.getByRole('button', { name: 'Save metric' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(metric({ id: 3, version: 2, unit: 'troops' })));
    expect(requests).toEqual([
      {
        method: 'PATCH',
        path: '/api/metrics/3',
        body: { name: 'North Korean soldiers killed', unit: 'troops', topic: null, description: null, version: 1 },
      },
    ]);
  });
});
