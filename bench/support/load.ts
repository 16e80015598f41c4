import autocannon from 'autocannon';

export interface LoadOptions {
  connections: number;
  /** Seconds of measured load. */
  seconds: number;
  /** Seconds of load first, thrown away: lets V8 optimise the hot path and sockets settle. */
  warmupSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Anything but a 2xx, plus connection errors and timeouts: should be 0, or the figures mean nothing. */
  failures: number;
}

/**
 * Loads one URL with autocannon. The load generator runs in a worker thread (`workers: 1`): on the
 * main thread it would share the event loop with the server under test and measure itself.
 */
export async function loadTest(url: string, opts: LoadOptions): Promise<LoadResult> {
  const run = (seconds: number) =>
    autocannon({ url, connections: opts.connections, duration: seconds, workers: 1, method: 'GET' });
  if (opts.warmupSeconds > 0) await run(opts.warmupSeconds);
  const result = await run(opts.seconds);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
