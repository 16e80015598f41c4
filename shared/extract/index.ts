export { extractCandidates, type Candidate, type Extraction, type ExtractOptions, type TextSpan } from './extract.js';
