import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractResult, type ExtractCandidate } from '../../shared/schemas/index.js';
import { sessionCookie } from '../../server/http/access.js';
import { expectProblem } from '../support/problems.js';
import { createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

/** The founding article, read from the shared context folder where it is kept (not copied into the repo). */
const articlePath = new URL('../../../shared/context/news-now-usa-2025-12-13-kcna-kursk.txt', import.meta.url);
const article = (() => {
  try {
    return readFileSync(articlePath, 'utf8');
  } catch {
    return null;
  }
})();

/** Its sentences with figures, quoted as short test cases: the fallback when the article is not at hand. */
const articleExcerpt = [
  'Pyongyang — North Korean leader Kim Jong Un attended a large welcoming ceremony on Friday for an army engineering unit that had returned home after carrying out duties in Russia, according to a report by the state-run Korean Central News Agency (KCNA).',
  'The ceremony honored officers and soldiers of the 528th Regiment of Engineers of the Korean People’s Army (KPA), who were deployed overseas for about 120 days.',
  'Families of the soldiers, senior military officials, and top party leaders were also present at the event in Pyongyang, KCNA said.',
  'Kim acknowledged casualties during the mission, stating that nine soldiers were killed, calling their deaths a “heartrending loss” for the country.',
  'Last month, Russia’s Defense Ministry said North Korean troops were playing an important role in clearing mines in the Kursk region after helping repel a major Ukrainian incursion. Under a mutual defense pact between Pyongyang and Moscow, North Korea is believed to have sent around 14,000 troops to support Russian operations in Kursk last year. South Korean, Ukrainian, and Western sources estimate that more than 6,000 North Korean soldiers were killed during the fighting, figures that differ sharply from Pyongyang’s official account.',
  'December 13, 2025',
  'Leave a Comment',
].join('\n\n');

let t: Awaited<ReturnType<typeof createTestApp>>;
/** The records the article's figures are matched against, with near misses among them. */
let existing: { kcna: number; killed: number; deployed: number; days: number };
beforeAll(async () => {
  t = await createTestApp();
  const kcna = await createSource(t.app, { name: 'Korean Central News Agency (KCNA)', shortName: 'KCNA' });
  // Close to the article's "South Korean, Ukrainian, and Western sources", but not the same.
  await createSource(t.app, { name: 'South Korean, Ukrainian and Western sources (unnamed)' });
  const killed = await createMetric(t.app, { name: 'North Korean soldiers killed', unit: 'soldiers' });
  await createMetric(t.app, { name: 'North Korean casualties (killed and wounded)', unit: 'soldiers' });
  const deployed = await createMetric(t.app, { name: 'North Korean troops sent to Russia', unit: 'troops' });
  await createMetric(t.app, { name: 'North Korean engineers and deminers in Russia', unit: 'troops' });
  const days = await createMetric(t.app, { name: 'Deployment length of the 528th Engineer Regiment', unit: 'days' });
  existing = { kcna: kcna.id, killed: killed.id, deployed: deployed.id, days: days.id };
});
afterAll(() => t.close());

const extract = (body: unknown) =>
  request(t.app)
    .post('/api/extract')
    .send(body as object);

describe('POST /api/extract on the founding article', () => {
  const text = article ?? articleExcerpt;
  let candidates: ExtractCandidate[];
  const citationUrl = 'https://example.org/kim-welcomes-troops';

  beforeAll(async () => {
    if (!article) console.warn('Founding article not found beside the repository: testing its quoted sentences');
    const res = await extract({ text, publishedOn: '2025-12-13', reportedBy: 'News Now USA', citationUrl }).expect(200);
    candidates = ExtractResult.parse(res.body).candidates;
  });

  const byFigure = (figure: string) => {
    const found = candidates.find((c) => c.figure.text === figure);
    expect(
      found,
      `a candidate worded "${figure}" among ${candidates.map((c) => c.figure.text).join(', ')}`,
    ).toBeDefined();
    return found!;
  };

  it('finds the nine killed, said by the KCNA on record, on Friday 12 December', () => {
    const nine = candidates.find(
      (c) => c.value.kind === 'exact' && c.value.value === 9 && c.counted?.includes('killed'),
    );
    expect(nine).toMatchObject({
      value: { kind: 'exact', value: 9 },
      counted: 'soldiers were killed',
      countedHead: 'soldiers',
      source: { id: existing.kcna, name: 'Korean Central News Agency (KCNA)' },
      statedOn: '2025-12-12',
      suggestedMetricId: existing.killed,
      reportedBy: 'News Now USA',
      citationUrl,
    });
    expect(nine!.quote.text).toMatch(/^Kim acknowledged casualties/);
    // Offsets point into the text sent, for highlighting.
    expect(text.slice(nine!.quote.start, nine!.quote.end)).toBe(nine!.quote.text);
    expect(text.slice(nine!.figure.start, nine!.figure.end)).toBe('nine');
  });

  it('reads "around 14,000 troops" as approximate, and "about 120 days" too', () => {
    expect(byFigure('around 14,000')).toMatchObject({
      value: { kind: 'approximate', value: 14000 },
      countedHead: 'troops',
      suggestedMetricId: existing.deployed,
    });
    expect(byFigure('about 120')).toMatchObject({
      value: { kind: 'approximate', value: 120 },
      countedHead: 'days',
      suggestedMetricId: existing.days,
    });
  });

  it('reads "more than 6,000 … killed" as at least, from a proposed source', () => {
    expect(byFigure('more than 6,000')).toMatchObject({
      value: { kind: 'at_least', value: 6000 },
      counted: 'North Korean soldiers were killed',
      source: { id: null, name: 'South Korean, Ukrainian, and Western sources' },
    });
  });

  it('proposes no unit number, year or date', () => {
    const figures = candidates.map((c) => c.figure.text).join(' | ');
    expect(figures).not.toMatch(/528|2025|December|13\b/);
    for (const c of candidates) expect([528, 2025, 13]).not.toContain('value' in c.value ? c.value.value : -1);
  });

  it('gives the claim fields as null when the request leaves them out', async () => {
    const res = await extract({ text: 'KCNA said nine soldiers were killed.' }).expect(200);
    const { candidates } = ExtractResult.parse(res.body);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ reportedBy: null, citationUrl: null, statedOn: null });
  });

  it('answers an empty list for text with no figures', async () => {
    const res = await extract({ text: 'Nothing to count here.' }).expect(200);
    expect(res.body).toEqual({ candidates: [], total: 0 });
  });

  it('takes text of exactly 200,000 characters', async () => {
    const sentence = 'Officials said 300 troops arrived. ';
    const text200k = sentence.repeat(Math.ceil(200_000 / sentence.length)).slice(0, 200_000);
    const res = await extract({ text: text200k }).expect(200);
    expect(res.body.total).toBeGreaterThan(5000);
  });

  it('answers the first 500 of 100,000 bare figures, with their total, in under a megabyte', async () => {
    // Each figure's candidate carries its sentence of a thousand characters: all of them made 120 MB.
    const text = '1 '.repeat(100_000);
    const res = await extract({ text }).expect(200);
    const { candidates, total } = ExtractResult.parse(res.body);
    expect(total).toBe(100_000);
    expect(candidates).toHaveLength(500);
    expect(candidates.map((c) => c.figure.start)).toEqual(Array.from({ length: 500 }, (_, i) => 2 * i));
    expect(res.text.length).toBeLessThan(1_000_000);
  });

  it('reads a long text off the thread that answers everyone else', async () => {
    // The longest the server's event loop waited to run anything while the text was read.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    // A hundred thousand bare figures, among the slowest texts to read. Kept as bytes until the
    // measuring ends: parsing the answer here would hold up the same loop.
    const res = await extract({ text: '1 '.repeat(100_000) })
      .parse((answer, done) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const took = performance.now() - started;
    delay.disable();
    expect(ExtractResult.parse(JSON.parse(String(res.body))).total).toBe(100_000);
    // Read on the server's thread, the loop stood still for most of the request.
    expect(delay.max / 1e6).toBeLessThan(took / 3);
  });
});

describe('POST /api/extract refuses bad input', () => {
  it.each([
    ['empty text', { text: '' }, 'text'],
    ['blank text', { text: '   \n ' }, 'text'],
    ['missing text', {}, 'text'],
    ['text over 200,000 characters', { text: 'a'.repeat(200_001) }, 'text'],
    ['text not a string', { text: 42 }, 'text'],
    ['text with a NUL', { text: 'nine\0soldiers' }, 'text'],
    ['publishedOn not a date', { text: 'x', publishedOn: 'Friday' }, 'publishedOn'],
    ['publishedOn not a real day', { text: 'x', publishedOn: '2025-02-30' }, 'publishedOn'],
    ['publishedOn only a month', { text: 'x', publishedOn: '2025-12' }, 'publishedOn'],
    ['publishedOn a number', { text: 'x', publishedOn: 20251213 }, 'publishedOn'],
    ['citationUrl not http', { text: 'x', citationUrl: 'javascript:alert(1)' }, 'citationUrl'],
    ['reportedBy not a string', { text: 'x', reportedBy: ['a'] }, 'reportedBy'],
    ['an unknown field', { text: 'x', metricId: 1 }, 'metricId'],
  ])('%s → 400 naming the field', async (_name, body, field) => {
    expectProblem(await extract(body), 400, field);
  });

  it('answers 413 for a body over the JSON limit', async () => {
    expectProblem(await extract({ text: 'a'.repeat(1_100_000) }), 413, 'body');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await request(t.app).post('/api/extract').set('Content-Type', 'text/plain').send('nine soldiers');
    expectProblem(res, 415, 'body');
  });

  it('is for editors: 401 signed out, 403 for a viewer', async () => {
    expectProblem(await request(t.anonymous).post('/api/extract').send({ text: 'nine soldiers' }), 401);
    const viewer = await t.sessionFor('viewer');
    const res = await request(t.anonymous)
      .post('/api/extract')
      .set('Cookie', `${sessionCookie}=${viewer}`)
      .send({ text: 'nine soldiers' });
    expectProblem(res, 403);
  });

  it('is described in the OpenAPI document', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    expect(res.body.paths['/api/extract'].post.responses).toHaveProperty('200');
    expect(res.body.components.schemas).toHaveProperty('ExtractRequest');
    expect(res.body.components.schemas).toHaveProperty('ExtractResult');
  });
});
