import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { about, atLeast, claim, exact, names, range } from './testClaims.js';
import { defaultTolerance } from './tolerance.js';

const run = (claims: ReturnType<typeof claim>[]) => analyse(claims, { tolerance: defaultTolerance, names });
const kinds = (claims: ReturnType<typeof claim>[]) => run(claims).findings.map((f) => f.kind);

describe('superseded figures', () => {
  it('names a figure that repeats one its source had revised, with the revision', () => {
    const nisApril = claim(1, about(600), '2025-04-30');
    const nisSeptember = claim(1, about(2000), '2025-09-02');
    const officials = claim(2, atLeast(600), '2025-11-04');
    const [finding] = run([nisApril, nisSeptember, officials]).findings;
    expect(finding).toEqual({
      kind: 'superseded',
      severity: 'warning',
      claimIds: [officials.id, nisApril.id, nisSeptember.id],
      sourceIds: [2, 1],
      message:
        'South Korean officials’ “at least 600” (4 Nov 2025) matches NIS’s figure of 30 Apr 2025, which NIS had since revised: “about 2,000” on 2 Sept 2025.',
    });
  });

  it('holds within one source’s history', () => {
    const claims = [
      claim(1, about(600), '2025-04-30'),
      claim(1, about(2000), '2025-09-02'),
      claim(1, exact(600), '2025-11'),
    ];
    expect(run(claims).findings[0]!.message).toContain(
      'matches its own figure of 30 Apr 2025, which it had since revised',
    );
  });

  it('stays quiet when the source had not revised the figure by then', () => {
    expect(
      kinds([
        claim(1, about(600), '2025-04-30'),
        claim(2, atLeast(600), '2025-05-04'),
        claim(1, about(2000), '2025-09-02'),
      ]),
    ).toEqual([]);
  });

  it('stays quiet when the figure repeated is the source’s current one', () => {
    const claims = [
      claim(1, about(600), '2025-04-30'),
      claim(1, about(2000), '2025-09-02'),
      claim(2, about(2000), '2025-11-04'),
    ];
    expect(kinds(claims)).toEqual([]);
  });

  it('stays quiet when another source’s estimate of the time agrees with the figure', () => {
    const claims = [
      claim(1, about(600), '2025-04-30'),
      claim(1, about(1500), '2025-09-02'),
      claim(4, about(620), '2025-10-01'),
      claim(2, atLeast(600), '2025-11-04'),
    ];
    expect(kinds(claims)).toEqual([]);
  });

  it('still warns when the estimate that agrees repeats the revised figure too', () => {
    const claims = [
      claim(1, about(600), '2025-04-30'),
      claim(1, about(2000), '2025-09-02'),
      claim(4, atLeast(600), '2025-10-01'),
      claim(2, atLeast(600), '2025-11-04'),
    ];
    expect(kinds(claims)).toEqual(['superseded', 'superseded']);
  });
});

describe('approximate figures', () => {
  it('agree within the tolerance: about 14,000 and about 15,000 are no outlier and no supersession', () => {
    const claims = [
      claim(1, about(14000), '2025-04-28'),
      claim(2, about(15000), '2025-04-30'),
      claim(4, about(15000), '2025-05-02'),
    ];
    expect(kinds(claims)).toEqual([]);
  });
});

describe('independent origins', () => {
  it('counts a repeat of a repeat as one origin, and says so in a note', () => {
    const origin = claim(1, about(600), '2025-04-30');
    const repeat = claim(2, about(600), '2025-05-02', { repeatsClaimId: origin.id });
    const repeatOfRepeat = claim(4, about(600), '2025-05-03', { repeatsClaimId: repeat.id });
    const analysis = run([origin, repeat, repeatOfRepeat]);
    expect(analysis.origins).toEqual({ claims: 3, independent: 1 });
    expect(analysis.compared.map((c) => c.id)).toEqual([origin.id]);
    expect(analysis.findings).toEqual([
      expect.objectContaining({ kind: 'echo', severity: 'note', claimIds: [repeat.id, repeatOfRepeat.id, origin.id] }),
    ]);
  });

  it('survives a loop of repeats', () => {
    const a = claim(1, about(600), '2025-04-30', { repeatsClaimId: 999 });
    const b = claim(2, about(600), '2025-05-02', { repeatsClaimId: a.id });
    a.repeatsClaimId = b.id;
    expect(run([a, b]).origins.independent).toBe(1);
  });
});

describe('one statement relayed with different qualifiers', () => {
  it('names each relay', () => {
    const one = claim(1, atLeast(6000), '2025-11-14', { via: 'Defence minister', reportedBy: 'Reuters' });
    const other = claim(1, about(6000), '2025-11-15', { reportedBy: 'Yonhap' });
    const [finding] = run([one, other]).findings;
    expect(finding).toMatchObject({ kind: 'relayed_qualifiers', claimIds: [one.id, other.id] });
    expect(finding!.message).toBe(
      'NIS’s one figure is relayed with different qualifiers: “at least 6,000” (Defence minister, reported by Reuters, 14 Nov 2025) and “about 6,000” (Yonhap, 15 Nov 2025); check which the source said before comparing it.',
    );
  });

  it('stays quiet a month apart, or with one wording', () => {
    expect(kinds([claim(1, atLeast(6000), '2025-10-01'), claim(1, about(6000), '2025-11-15')])).toEqual([]);
    expect(kinds([claim(1, about(6000), '2025-11-14'), claim(1, about(6000), '2025-11-15')])).toEqual([]);
  });
});

describe('outliers', () => {
  it('names a figure more than three times every other of the same months, and what it was measured against', () => {
    const outlier = claim(5, exact(60000), '2025-03-01');
    const claims = [claim(1, about(4700), '2025-02-20'), claim(2, exact(4000), '2025-03-27'), outlier];
    const findings = run(claims).findings;
    expect(findings.map((f) => f.kind)).toEqual(['outlier']);
    expect(findings[0]!.claimIds[0]).toBe(outlier.id);
    expect(findings[0]!.message).toContain('is 12.8 times above every other figure within 91 days');
  });

  it('stays quiet on a bound that agrees with the others, at three times or less, against a lone figure, or against figures from other months', () => {
    expect(
      kinds([
        claim(2, atLeast(600), '2025-11-04'),
        claim(1, about(2000), '2025-09-02'),
        claim(4, exact(6000), '2025-11-14'),
      ]),
    ).toEqual([]);
    expect(
      kinds([
        claim(5, range(200, 999), '2024-12-17'),
        claim(1, about(1100), '2024-12-23'),
        claim(2, atLeast(3000), '2024-12-23'),
      ]),
    ).toEqual([]);
    expect(kinds([claim(5, exact(60000), '2025-03-01'), claim(1, about(4700), '2025-02-20')])).toEqual([]);
    expect(
      kinds([
        claim(5, exact(60000), '2025-12-01'),
        claim(1, about(4700), '2025-02-20'),
        claim(2, exact(4000), '2025-03-27'),
      ]),
    ).toEqual([]);
  });

  it('does not measure against a superseded figure', () => {
    const claims = [
      claim(1, about(600), '2025-04-30'),
      claim(1, about(2000), '2025-09-02'),
      claim(2, atLeast(600), '2025-11-04'),
      claim(4, atLeast(6000), '2025-11-14'),
    ];
    expect(kinds(claims)).toEqual(['superseded']);
  });
});

describe('partial coverage', () => {
  it('keeps a part-scope figure out of the compared figures, with a note', () => {
    const kcna = claim(3, exact(9), '2025-12-12', { coverage: 'part', scope: 'one unit: 528th Engineer Regiment' });
    const analysis = run([claim(1, about(2000), '2025-09-02'), kcna]);
    expect(analysis.compared.map((c) => c.sourceId)).toEqual([1]);
    expect(analysis.partial).toEqual([kcna]);
    expect(analysis.findings).toEqual([
      {
        kind: 'partial_coverage',
        severity: 'note',
        claimIds: [kcna.id],
        sourceIds: [3],
        message:
          'KCNA’s “9” (12 Dec 2025) covers only part of the scope (one unit: 528th Engineer Regiment): it is not compared with whole-scope figures, nor counted in the spread.',
      },
    ]);
  });

  it('warns of a part-scope figure above what every whole-scope figure of those months allows', () => {
    const part = claim(3, exact(3000), '2025-09-10', { coverage: 'part' });
    const findings = run([claim(1, about(2000), '2025-09-02'), claim(2, exact(2100), '2025-08-20'), part]).findings;
    expect(findings.map((f) => f.kind)).toEqual(['partial_exceeds_whole', 'partial_coverage']);
    expect(findings[0]!.message).toContain('the highest being NIS’s “about 2,000” (2 Sept 2025)');
  });

  it('does not warn when a whole-scope bound leaves room for it', () => {
    const part = claim(3, exact(3000), '2025-09-10', { coverage: 'part' });
    expect(kinds([claim(1, atLeast(2000), '2025-09-02'), part])).toEqual(['partial_coverage']);
    expect(kinds([claim(1, about(2800), '2025-09-02'), part])).toEqual(['partial_coverage']);
  });
});

describe('undated claims', () => {
  it('are listed apart and compared with nothing', () => {
    const undated = claim(4, exact(50000), null);
    const analysis = run([claim(1, about(2000), '2025-09-02'), claim(2, exact(2100), '2025-08-20'), undated]);
    expect(analysis.undated).toEqual([undated]);
    expect(analysis.compared).toHaveLength(2);
    expect(analysis.findings).toEqual([]);
  });
});
