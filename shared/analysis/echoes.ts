import type { Finding } from '../schemas/finding.js';
import { listInWords } from '../wording.js';
import { claimPhrase, type AnalysedClaim, type Namer } from './claims.js';

/**
 * Claims that repeat another's figure, grouped under it: one origin, however many outlets carry
 * it, so that agreement is not counted once per repeat.
 */
export function echoFinding(origin: AnalysedClaim, repeats: readonly AnalysedClaim[], names: Namer): Finding {
  return {
    kind: 'echo',
    severity: 'note',
    claimIds: [...repeats.map((c) => c.id), origin.id],
    sourceIds: [...new Set([...repeats.map((c) => c.sourceId), origin.sourceId])],
    message: `${listInWords(repeats.map((c) => claimPhrase(c, names)))} ${repeats.length === 1 ? 'repeats' : 'repeat'} ${claimPhrase(origin, names)}: one origin, counted once.`,
  };
}
