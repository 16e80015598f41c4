import { parentPort } from 'node:worker_threads';
import { extractCandidates, type ExtractOptions } from '../../shared/extract/index.js';
import { maxExtractCandidates, type ExtractParams, type ExtractResult } from '../../shared/schemas/index.js';

/** One text to read, with the sources and metrics to match it against. */
export interface ExtractJob {
  params: ExtractParams;
  options: Omit<ExtractOptions, 'publishedOn' | 'limit'>;
}

/** The answer as the JSON the client gets: the server thread only passes its bytes on. */
export type ExtractAnswer = { json: string } | { failed: string };

/**
 * `started` as the worker takes the job, then the answer. The time a text may take is counted from
 * `started`: a worker that was just started spends a third of a second loading, which is not the
 * text's fault.
 */
export type ReaderMessage = { started: true } | ExtractAnswer;

function answer({ params, options }: ExtractJob): ExtractAnswer {
  const { candidates, total } = extractCandidates(params.text, {
    ...options,
    publishedOn: params.publishedOn,
    limit: maxExtractCandidates,
  });
  // Every claim made from the article shares its outlet and address.
  const result: ExtractResult = {
    candidates: candidates.map((c) => ({ ...c, reportedBy: params.reportedBy, citationUrl: params.citationUrl })),
    total,
  };
  return { json: JSON.stringify(result) };
}

parentPort!.on('message', (job: ExtractJob) => {
  parentPort!.postMessage({ started: true } satisfies ReaderMessage);
  let reply: ExtractAnswer;
  try {
    reply = answer(job);
  } catch (error) {
    reply = { failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
