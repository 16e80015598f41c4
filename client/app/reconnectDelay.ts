const firstRetryMs = 3000;
/** Long enough that a refused dashboard costs the server next to nothing; short enough to come back by itself. */
const longestRetryMs = 120_000;

/**
 * How long to wait before asking for the event stream again after `refusals` refusals in a row
 * (a full server, too many tabs, an ended session): twice as long each time, up to two minutes, so
 * that a refused dashboard does not keep asking every few seconds. Each wait is drawn from its
 * upper half: dashboards refused together, when the server was full, then come back spread out.
 */
export function reconnectDelay(refusals: number, random: () => number = Math.random): number {
  const ceiling = Math.min(longestRetryMs, firstRetryMs * 2 ** Math.max(0, refusals - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}
