/** One benchmark: `npm run bench` runs each in turn and each prints its own figures. */
export interface Bench {
  name: string;
  run(): Promise<void>;
}

/**
 * A positive number from the environment, for quicker local runs (`BENCH_SECONDS=3 npm run bench`);
 * the defaults are what the issues' figures are measured with.
 */
export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}
