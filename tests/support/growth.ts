/**
 * Milliseconds of CPU that `repeats` runs of `read` on `input` take. CPU time rather than the clock's:
 * on a machine shared with other test files and other work, waiting for a core is not reading.
 */
function timed(read: (input: string) => unknown, input: string, repeats: number): number {
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const started = cpu();
  for (let i = 0; i < repeats; i++) read(input);
  return cpu() - started;
}

/**
 * How many times longer `read` takes on an input eight times as long: about 8 when its work grows
 * linearly, 64 when quadratically. Each side is run often enough to take milliseconds, the two take
 * turns, and the fastest of seven runs of each counts, so that the timer's grain or a garbage
 * collection cannot make linear work look quadratic.
 */
export function growth(read: (input: string) => unknown, input: (size: number) => string, size: number): number {
  const small = input(size);
  const large = input(size * 8);
  read(small); // compiled, not interpreted, code is what is compared
  let repeats = 1;
  while (timed(read, small, repeats) < 2) repeats *= 2;
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let run = 0; run < 7; run++) {
    fastestSmall = Math.min(fastestSmall, timed(read, small, repeats));
    fastestLarge = Math.min(fastestLarge, timed(read, large, repeats));
  }
  return fastestLarge / fastestSmall;
}

/** Well below the 64 of quadratic work, with room above the 8 of linear work. */
export const linearGrowth = 24;
