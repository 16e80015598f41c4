import { describe, expect, it } from 'vitest';
import { lineagesOf } from './lineage.js';
import { about, atLeast, claim } from './testClaims.js';

describe('the lineage of a metric’s claims', () => {
  it('counts reports and independent origins, and follows a repeat of a repeat back to its origin', () => {
    const nis = claim(1, about(2000), '2025-09-02');
    const officials = claim(2, about(2000), '2025-09-05', { repeatsClaimId: nis.id, reportedBy: 'Yonhap' });
    const wire = claim(4, about(2000), '2025-09-03', { repeatsClaimId: officials.id, via: 'AFP' });
    const alone = claim(3, atLeast(600), '2025-11-04');
    const { reports, origins, lineages } = lineagesOf([nis, officials, wire, alone]);
    expect([reports, origins]).toEqual([4, 2]);
    expect(lineages).toEqual([{ originId: nis.id, origin: nis, repeats: [wire, officials] }]);
  });

  it('keeps a chain whose origin is not among the claims, naming the claim it starts from', () => {
    const echo = claim(2, about(500), '2025-01-01', { repeatsClaimId: 999 });
    expect(lineagesOf([echo]).lineages).toEqual([{ originId: 999, origin: undefined, repeats: [echo] }]);
  });
});
