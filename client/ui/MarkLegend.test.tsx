// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithQueries } from '../../tests/support/components.js';
import { MarkLegend } from './MarkLegend';

// jsdom has no media queries; the legend's inks ask whether the scheme is dark.
beforeAll(() => {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;
});

describe('the marks legend', () => {
  it('keys only the wordings of the figures drawn, in the usual order', () => {
    renderWithQueries(<MarkLegend drawn={[{ value: { kind: 'at_least' } }, { value: { kind: 'exact' } }]} />);
    const items = screen.getByRole('list', { name: 'Marks' }).querySelectorAll('li');
    expect(Array.from(items, (li) => li.textContent)).toEqual(['exact', 'at least']);
  });

  it('is left out when nothing is drawn', () => {
    renderWithQueries(<MarkLegend drawn={[]} />);
    expect(screen.queryByRole('list', { name: 'Marks' })).toBeNull();
  });
});
