import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import type { WholeMetric } from './related.js';
import { about, atLeast, claim, exact, names, range } from './testClaims.js';
import { defaultTolerance } from './tolerance.js';

type TestClaim = ReturnType<typeof claim>;
const casualties = (claims: TestClaim[], tolerance = defaultTolerance): WholeMetric => ({
  partName: 'killed',
  name: 'casualties',
  tolerance,
  claims,
});
const run = (claims: TestClaim[], whole: WholeMetric) =>
  analyse(claims, { tolerance: defaultTolerance, names, whole }).findings;
const kinds = (claims: TestClaim[], whole: WholeMetric) => run(claims, whole).map((f) => f.kind);

describe('conflation of a part with its whole', () => {
  it('names a killed figure that is the casualty figure of some months before, with both claims', () => {
    const ukCasualties = claim(4, atLeast(6000), '2025-06-15');
    const killed = claim(2, atLeast(6000), '2025-11-14');
    expect(run([killed], casualties([ukCasualties]))).toEqual([
      {
        kind: 'conflation',
        severity: 'warning',
        claimIds: [killed.id, ukCasualties.id],
        sourceIds: [2, 4],
        message:
          'Possible conflation of “killed” with “casualties”: South Korean officials’ “at least 6,000” (14 Nov 2025) is the figure UK MoD’s “at least 6,000” (15 Jun 2025) gave for “casualties”.',
      },
    ]);
  });

  it('matches the figure as worded, whatever its qualifier, and names each source’s latest once', () => {
    const earlier = claim(4, exact(6000), '2025-05-01');
    const later = claim(4, about(6000), '2025-06-15');
    const nis = claim(1, about(6000), '2026-02-12');
    const [finding] = run([claim(2, atLeast(6000), '2025-11-14')], casualties([earlier, later, nis]));
    expect(finding?.claimIds.slice(1)).toEqual([later.id, nis.id]);
  });

  it('stays quiet on a figure merely close to the whole’s, or the same figure beyond the window', () => {
    // Killed are often most of a count of casualties: close is no sign of a relabelling.
    expect(kinds([claim(2, about(1000), '2025-01-23')], casualties([claim(4, about(1100), '2024-12-23')]))).toEqual([]);
    // Seven months apart, two equal figures are likelier chance.
    expect(kinds([claim(2, atLeast(6000), '2025-11-14')], casualties([claim(4, atLeast(6000), '2025-04-10')]))).toEqual(
      [],
    );
  });

  it('matches neither a statement nor an echo of the whole’s figure, and nothing without a whole', () => {
    const original = claim(4, atLeast(6000), '2024-01-01');
    const echo = claim(5, atLeast(6000), '2025-06-15', { repeatsClaimId: original.id });
    expect(
      kinds([claim(2, { kind: 'statement' }, '2025-11-14')], casualties([claim(4, atLeast(6000), '2025-11')])),
    ).toEqual([]);
    expect(kinds([claim(2, atLeast(6000), '2025-11-14')], casualties([original, echo]))).toEqual([]);
    expect(analyse([claim(2, atLeast(6000), '2025-11-14')], { tolerance: defaultTolerance, names }).findings).toEqual(
      [],
    );
  });
});

describe('a part above its whole', () => {
  it('names a killed figure above every casualty figure of those months, with the highest', () => {
    const low = claim(4, range(200, 999), '2024-12-17');
    const high = claim(5, about(1100), '2024-12-23');
    const killed = claim(2, atLeast(1500), '2024-12-20');
    const [finding] = run([killed], casualties([low, high]));
    expect(finding).toMatchObject({
      kind: 'partial_exceeds_whole',
      severity: 'warning',
      claimIds: [killed.id, low.id, high.id],
      sourceIds: [2, 4, 5],
    });
    expect(finding?.message).toBe(
      'South Korean officials’ “at least 1,500” (20 Dec 2024) counts part of “casualties”, yet is more than every figure of it within 91 days allows, the highest being US DoD’s “about 1,100” (23 Dec 2024).',
    );
  });

  it('reads the whole’s figures with the whole’s tolerance', () => {
    const killed = [claim(2, exact(1150), '2024-12-20')];
    const whole = [claim(5, about(1000), '2024-12-23')];
    expect(kinds(killed, casualties(whole, 0.1))).toEqual(['partial_exceeds_whole']);
    expect(kinds(killed, casualties(whole, 0.2))).toEqual([]);
  });

  it('stays quiet when one figure of the whole of those months allows it, or none is near in time', () => {
    const killed = [claim(2, atLeast(1500), '2024-12-20')];
    expect(
      kinds(killed, casualties([claim(4, about(1100), '2024-12-23'), claim(5, atLeast(3000), '2024-12-23')])),
    ).toEqual([]);
    expect(kinds(killed, casualties([claim(4, about(1100), '2024-06-01')]))).toEqual([]);
  });
});
