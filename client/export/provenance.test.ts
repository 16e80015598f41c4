import { describe, expect, it } from 'vitest';
import { exportFileName, shortCitation } from './provenance.js';

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
});
