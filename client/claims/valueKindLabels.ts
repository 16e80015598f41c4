import type { ValueKind } from '../../shared/schemas/index.js';

export const valueKindLabels: Record<ValueKind, string> = {
  exact: 'Exact',
  approximate: 'Approximate',
  at_least: 'At least',
  at_most: 'At most',
  range: 'Range',
  statement: 'Statement',
};
