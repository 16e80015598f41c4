// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reliabilityWeights } from '../../shared/estimate/weights.js';
import { EstimateMethod } from './EstimateMethod';

describe("the estimate's method", () => {
  it('lists every weight the estimate uses, and works its example through with the estimate itself', () => {
    render(<EstimateMethod />);
    const table = screen.getByRole('table', { name: 'Weights' });
    expect(table.textContent).toContain(`F: Reliability cannot be judged${reliabilityWeights.F}`);
    expect(screen.getByText(/^Three sources on the engineers/).textContent).toMatch(
      /best estimate of about 1,000, half the likelihood between 1,000 and 1,100 and nine-tenths between 1,000 and 1,100\.$/,
    );
  });
});
