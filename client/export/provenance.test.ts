import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/schemas/index.js';
import { exportFileName, findingsProvenance, shortCitation } from './provenance.js';

describe('export provenance helpers', () => {
  it('names files after the metric, the view and the date', () => {
    expect(exportFileName('North Korean soldiers killed', 'comparison', '2026-01-01', 'png')).toBe(
      'north-korean-soldiers-killed-comparison-2026-01-01.png',
    );
    expect(exportFileName('Deployment length of the 528th (days)', 'timeline', '2025-12-31', 'csv')).toBe(
      'deployment-length-of-the-528th-days-timeline-2025-12-31.csv',
    );
  });

  it('shortens citations to host and the start of the path', () => {
    expect(shortCitation('https://www.themoscowtimes.com/2025/12/13/north-korea-acknowledges-a91432')).toBe(
      'themoscowtimes.com/2025/12/13/…owledges-a91432',
    );
    // Two stories of one site keep the ids that tell them apart.
    expect(shortCitation('http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188550')).toBe(
      'world.kbs.co.kr/service/new…Seq_Code=188550',
    );
    expect(shortCitation('https://kyivindependent.com/3800-north-korean/')).toBe(
      'kyivindependent.com/3800-north-korean/',
    );
    expect(shortCitation('http://world.kbs.co.kr/')).toBe('world.kbs.co.kr');
    expect(shortCitation(null)).toBe('no link');
  });

  it('carries every warning in its own sentence and counts the notes by kind', () => {
    const finding = (kind: Finding['kind'], severity: Finding['severity'], message: string): Finding => ({
      kind,
      severity,
      claimIds: [1],
      sourceIds: [1],
      message,
    });
    expect(
      findingsProvenance([
        finding('superseded', 'warning', 'South Korean officials’ “at least 600” matches NIS’s revised figure.'),
        finding('partial_coverage', 'note', 'KCNA’s “9” covers only part of the scope.'),
        finding('echo', 'note', 'A repeats B.'),
        finding('echo', 'note', 'C repeats D.'),
      ]),
    ).toEqual([
      'Warning: South Korean officials’ “at least 600” matches NIS’s revised figure.',
      '3 notes (part of scope and repeat), on the metric page.',
    ]);
    expect(findingsProvenance([])).toEqual(['Findings: nothing found that stops these figures being compared.']);
    expect(findingsProvenance(undefined)).toEqual([
      'Findings could not be read: see the metric page before comparing these figures.',
    ]);
  });
});
