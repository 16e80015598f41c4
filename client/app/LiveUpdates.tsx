import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { reconnectDelay } from './reconnectDelay';
import { refreshRecords } from '../resources/records';

/**
 * Keeps open dashboards current: the server announces every committed write (from any instance)
 * and the affected queries refetch. After a dropped connection everything refetches once, since
 * events sent meanwhile are lost.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | null = null;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let hadError = false;
    let refusals = 0;

    // A burst of writes (an import, a batch) becomes one refetch.
    const refresh = () => {
      clearTimeout(pending);
      pending = setTimeout(() => void refreshRecords(queryClient), 150);
    };

    const connect = () => {
      source = new EventSource('/api/events');
      source.addEventListener('change', refresh);
      source.addEventListener('refresh', refresh);
      source.addEventListener('open', () => {
        if (hadError) refresh();
        hadError = false;
        refusals = 0;
      });
      source.addEventListener('error', () => {
        hadError = true;
        // The browser retries by itself unless the server refused the stream outright (a 429 or
        // 503 when it holds too many, a 401 when the session ended), when asking again at once
        // would only add to the load: each refusal in a row waits longer.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          refusals++;
          retry = setTimeout(connect, reconnectDelay(refusals));
        }
      });
    };
    connect();
    return () => {
      clearTimeout(pending);
      clearTimeout(retry);
      source?.close();
    };
  }, [queryClient]);
  return null;
}
