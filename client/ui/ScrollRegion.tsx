import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on narrow screens. It takes focus so that keyboard users can
 * scroll it too, and is named so that screen readers announce what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
