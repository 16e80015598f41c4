import { describe, expect, it } from 'vitest';
import { csvHeader } from '../dataset/csvColumns.js';
import { fieldLabel, recordFields } from './index.js';

describe('the field definitions', () => {
  it.each(Object.entries(recordFields))('give each %s field a label of its own', (_, fields) => {
    const labels = fields.map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('give every CSV column to one field only', () => {
    expect(new Set(csvHeader).size).toBe(csvHeader.length);
  });

  it('label fields as the forms do, and a field no longer defined by its name', () => {
    expect(fieldLabel('source', 'shortName')).toBe('Short name');
    expect(fieldLabel('claim', 'citationUrl')).toBe('Citation URL');
    expect(fieldLabel('metric', 'retired')).toBe('Retired');
  });
});
