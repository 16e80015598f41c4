export { extractCandidates, type Candidate, type ExtractOptions, type TextSpan } from './extract.js';
