import { ServiceUnavailable, TooManyRequests } from '../services/errors.js';

/**
 * Counts the event streams open on this instance, per client and in all. Each holds a socket and
 * some 30 KB until its client goes away, so a client that opens them without end (a leaking
 * script, or someone trying to exhaust the server) is refused past its share.
 */
export function streamSlots({ inAll, retryAfterSeconds }: { inAll: number; retryAfterSeconds: number }) {
  const perClient = new Map<string, number>();
  let open = 0;
  return {
    /** Holds one of `client.limit` slots for `client.key`; the returned function gives it back, once. */
    take(client: { key: string; limit: number }): () => void {
      const held = perClient.get(client.key) ?? 0;
      if (held >= client.limit) {
        throw new TooManyRequests(
          'Too many event streams',
          `At most ${client.limit} live-update streams at once; close another tab of the dashboard`,
          retryAfterSeconds,
        );
      }
      if (open >= inAll) {
        throw new ServiceUnavailable(
          'No room for another event stream',
          'The server holds as many live-update streams as it can; try again shortly',
          retryAfterSeconds,
        );
      }
      perClient.set(client.key, held + 1);
      open++;
      return () => {
        open--;
        const left = perClient.get(client.key)! - 1;
        if (left === 0) perClient.delete(client.key);
        else perClient.set(client.key, left);
      };
    },
  };
}
