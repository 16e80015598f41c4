/** Milliseconds that `repeats` runs of `read` on `input` take. */
function timed(read: (input: string) => unknown, input: string, repeats: number): number {
  const started = performance.now();
  for (let i = 0; i < repeats; i++) read(input);
  return performance.now() - started;
}

/**
 * How many times longer `read` takes on an input eight times as long: about 8 when its work grows
 * linearly, 64 when quadratically. Each side is run often enough to take milliseconds and the fastest
 * of five runs counts, so that a timer's grain, a garbage collection or another process taking the
 * core cannot make linear work look quadratic.
 */
export function growth(read: (input: string) => unknown, input: (size: number) => string, size: number): number {
  const small = input(size);
  const large = input(size * 8);
  read(small); // compiled, not interpreted, code is what is compared
  let repeats = 1;
  while (timed(read, small, repeats) < 2) repeats *= 2;
  const fastest = (text: string) => Math.min(...Array.from({ length: 5 }, () => timed(read, text, repeats)));
  return fastest(large) / fastest(small);
}

/** Well below the 64 of quadratic work, with room above the 8 of linear work for a noisy machine. */
export const linearGrowth = 24;
