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
      /best estimate of about 1,050, half the likelihood in 1,020–1,080 and nine-tenths in 1,000–1,140\.$/,
    );
  });
});
