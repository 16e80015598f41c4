// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ScaleToggle } from './ScaleToggle';

describe('the scale toggle', () => {
  it('chooses neither scale, and takes no choice, until the figures that choose the default have come', () => {
    const { rerender } = render(<ScaleToggle scale={null} onChange={vi.fn()} />);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => [r.checked, r.matches(':disabled')])).toEqual([
      [false, true],
      [false, true],
    ]);
    rerender(<ScaleToggle scale="log" onChange={vi.fn()} />);
    expect((screen.getByRole('radio', { name: 'Log' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'Linear' }).matches(':disabled')).toBe(false);
  });
});
