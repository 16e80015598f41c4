import type { Response } from 'express';

/** The reason a request's work was given up: the client went away, so nothing is answered. */
export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection before the answer');
  }
}

/**
 * A signal that aborts, with a ClientGone, when the connection closes before the answer has been
 * sent: work done for the request after that is for nobody.
 */
export function whileConnected(res: Response): AbortSignal {
  const connection = new AbortController();
  const closed = () => {
    if (!res.writableFinished) connection.abort(new ClientGone());
  };
  if (res.closed) closed();
  else res.once('close', closed);
  return connection.signal;
}
