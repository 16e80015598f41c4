/** Listens to a server's change stream the way a dashboard does, collecting `change` events. */
export async function listenForChanges(baseUrl: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/events`, { signal: controller.signal });
  const events: { type: string; id: number; action: string; version: number }[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = response.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (block.includes('event: change') && data) {
            events.push(JSON.parse(data.slice(6)));
            waiters.splice(0).forEach((wake) => wake());
          }
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    contentType: response.headers.get('content-type'),
    events,
    /** Resolves with the first event matching, or rejects after `timeoutMs`. */
    async waitFor(match: (e: (typeof events)[number]) => boolean, timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No matching change event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, left);
        });
      }
    },
    close: () => controller.abort(),
  };
}
