import { describe, expect, it } from 'vitest';
import { isFurniture } from './furniture.js';

describe('isFurniture', () => {
  it.each([
    'Leave a Comment',
    'Share',
    'Share this article',
    'Advertisement',
    'Updated 12:30 GMT, 13 December 2025',
    'Published December 13, 2025',
    'By Jane Smith',
    'By Jane Smith and Lee Min-ho',
    '3 min read',
    '12 Comments',
    'Photo: KCNA via Reuters',
    'Read more',
  ])('%j is furniture', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'By sending 15-thousand troops, North Korea helped Russia retake Kursk, the NIS said.',
    'Nine soldiers were killed.',
    'Share prices fell by 300 points after the announcement of the deployment of troops to Kursk.',
    '',
  ])('%j is not', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});
