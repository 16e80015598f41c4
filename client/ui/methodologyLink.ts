import type { FindingKind } from '../../shared/schemas/index.js';

/** Where the methodology page explains a finding's rule: the anchor of its section. */
export const methodologyAnchor = (kind: FindingKind) => kind.replaceAll('_', '-');

export const methodologyHref = (kind: FindingKind) => `/methodology#${methodologyAnchor(kind)}`;
