// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, problem, renderWithQueries, source } from '../../../tests/support/components.js';
import { SourceForm } from './SourceForm';

describe('the source form', () => {
  it('shows both versions when someone saved first, and overwrites only when asked', async () => {
    const mine = source({ id: 7, version: 1 });
    const theirs = source({ id: 7, version: 2, country: 'DPRK' });
    const requests = fakeApi(({ body }) =>
      (body as { version: number }).version === 1
        ? problem(409, { current: theirs })
        : { body: { ...theirs, version: 3 } },
    );
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<SourceForm source={mine} onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Notes'), 'Second analyst note');
    await user.click(screen.getByRole('button', { name: 'Save source' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this source' });
    const country = within(dialog).getByRole('row', { name: /^Country/ });
    expect(
      within(country)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['DPRK', 'North Korea']);
    expect(requests).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ ...theirs, version: 3 }));
    expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PATCH', '/api/sources/7', expect.objectContaining({ version: 1, notes: 'Second analyst note' })],
      [
        'PATCH',
        '/api/sources/7',
        expect.objectContaining({ version: 2, country: 'North Korea', notes: 'Second analyst note' }),
      ],
    ]);
  });

  it("creates a source, or puts the server's errors next to the fields they name", async () => {
    const requests = fakeApi(({ body }) =>
      (body as { name: string }).name === 'KCNA'
        ? problem(400, { errors: [{ path: 'name', message: 'A source of this name exists' }] })
        : { status: 201, body: source({ id: 8, name: 'Yonhap' }) },
    );
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<SourceForm onSaved={onSaved} />);
    await user.type(screen.getByLabelText('Name'), 'KCNA');
    await user.click(screen.getByRole('button', { name: 'Create source' }));

    expect(await screen.findByText('A source of this name exists')).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Yonhap');
    await user.click(screen.getByRole('button', { name: 'Create source' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(source({ id: 8, name: 'Yonhap' })));
    expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/api/sources', expect.objectContaining({ name: 'KCNA', kind: 'other', reliability: 'F' })],
      ['POST', '/api/sources', expect.objectContaining({ name: 'Yonhap' })],
    ]);
  });

  it('sets whether the source is a party to the conflict with a checkbox, and says what that means', async () => {
    const requests = fakeApi(({ method, body }) =>
      method === 'POST'
        ? { status: 201, body: source({ id: 9, ...(body as object) }) }
        : { body: source({ id: 7, version: 2, party: false }) },
    );
    const user = userEvent.setup();
    const { unmount } = renderWithQueries(<SourceForm onSaved={vi.fn()} />);
    const party = screen.getByRole('checkbox', { name: 'Party to the conflict' });
    expect((party as HTMLInputElement).checked).toBe(false);
    expect(party.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(party.getAttribute('aria-describedby')!)?.textContent).toBe(
      'A government, military or state media of a side in the conflict',
    );
    await user.type(screen.getByLabelText('Name'), 'KCNA');
    // Name, short name, other names, kind, country, group, reliability, then the checkbox: in reading order.
    await user.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}{Tab}{Tab}');
    expect(document.activeElement).toBe(party);
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Create source' }));
    const writes = () => requests.filter((r) => r.method !== 'GET');
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]!.body).toMatchObject({ name: 'KCNA', party: true });
    unmount();

    renderWithQueries(<SourceForm source={source({ id: 7, party: true })} onSaved={vi.fn()} />);
    const editing = screen.getByRole('checkbox', { name: 'Party to the conflict' }) as HTMLInputElement;
    expect(editing.checked).toBe(true);
    await user.click(editing);
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1]).toMatchObject({ method: 'PATCH', body: expect.objectContaining({ version: 1, party: false }) });
  });

  it('shows whether each version is a party as yes or no when someone saved first', async () => {
    const theirs = source({ id: 7, version: 2, party: false });
    fakeApi(() => problem(409, { current: theirs }));
    const user = userEvent.setup();
    renderWithQueries(<SourceForm source={source({ id: 7, version: 1, party: true })} onSaved={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this source' });
    const party = within(dialog).getByRole('row', { name: /^Party to the conflict/ });
    expect(
      within(party)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['No', 'Yes']);
  });
  it('takes other names one a line, shows them back the same way, and sends them as a list', async () => {
    const requests = fakeApi(({ method, body }) =>
      method === 'PATCH' ? { body: source({ id: 7, version: 2, ...(body as object) }) } : { status: 500 },
    );
    const user = userEvent.setup();
    renderWithQueries(
      <SourceForm source={source({ id: 7, aliases: ['KCNA', 'Korean Central News'] })} onSaved={vi.fn()} />,
    );
    const aliases = screen.getByLabelText<HTMLTextAreaElement>('Also known as');
    expect(aliases.value).toBe('KCNA\nKorean Central News');
    await user.clear(aliases);
    await user.type(aliases, '  KCNA {Enter}{Enter}Chosun Central News Agency');
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'PATCH')!.body).toMatchObject({
      aliases: ['KCNA', 'Chosun Central News Agency'],
    });
  });

  it('puts the server’s error about one alias under the box of other names', async () => {
    fakeApi(() => problem(409, { errors: [{ path: 'aliases.1', message: 'A source named "NIS" already exists' }] }));
    const user = userEvent.setup();
    renderWithQueries(<SourceForm onSaved={vi.fn()} />);
    await user.type(screen.getByLabelText('Name'), 'National Intelligence Service');
    await user.type(screen.getByLabelText('Also known as'), 'Spy agency{Enter}NIS');
    await user.click(screen.getByRole('button', { name: 'Create source' }));
    expect(await screen.findByText('A source named "NIS" already exists')).toBeTruthy();
    expect(screen.getByLabelText('Also known as').getAttribute('aria-invalid')).toBe('true');
  });

  it('names the alias the schema refuses before sending anything', async () => {
    const requests = fakeApi(() => ({ status: 500 }));
    const user = userEvent.setup();
    renderWithQueries(<SourceForm onSaved={vi.fn()} />);
    await user.type(screen.getByLabelText('Name'), 'KCNA');
    await user.type(screen.getByLabelText('Also known as'), `Fine{Enter}${'x'.repeat(201)}`);
    await user.click(screen.getByRole('button', { name: 'Create source' }));
    expect(await screen.findByText(`"${'x'.repeat(201)}": At most 200 characters`)).toBeTruthy();
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
