import { describe, expect, it } from 'vitest';
import { getJson, idByName } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';

describe.skipIf(!hasChromium)('editing a source in Chromium', () => {
  const t = serverAndBrowser();

  it('shows both versions when two analysts edit one source, and overwrites only when asked', async () => {
    const id = await idByName(t.server.baseUrl, 'sources', 'Korean Central News Agency (KCNA)');
    const first = await openPage(t.browser, `${t.server.baseUrl}/sources/${id}/edit`);
    const second = await openPage(t.browser, `${t.server.baseUrl}/sources/${id}/edit`);
    await second.getByLabel('Notes').waitFor();

    await first.getByLabel('Country').fill('DPRK');
    await first.getByRole('button', { name: 'Save source' }).click();
    await first.waitForURL(new RegExp(`/sources/${id}$`));

    await second.getByLabel('Notes').fill('Second analyst note');
    await second.getByRole('button', { name: 'Save source' }).click();
    const dialog = second.getByRole('dialog', { name: 'Someone else changed this source' });
    await dialog.waitFor();
    expect(await dialog.getByText('DPRK').isVisible()).toBe(true);
    await expectAccessible(second);
    expect((await getJson<{ notes: string | null }>(t.server.baseUrl, `/api/sources/${id}`)).notes).not.toBe(
      'Second analyst note',
    );

    await dialog.getByRole('button', { name: 'Overwrite with mine' }).click();
    await second.waitForURL(new RegExp(`/sources/${id}$`));
    const saved = await getJson<{ notes: string; country: string; version: number }>(
      t.server.baseUrl,
      `/api/sources/${id}`,
    );
    expect(saved).toMatchObject({ notes: 'Second analyst note', country: 'North Korea', version: 3 });
    await first.context().close();
    await second.context().close();
  });
});
