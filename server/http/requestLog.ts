import type { RequestHandler } from 'express';
import type { Level, Logger } from 'pino';

const levelFor = (status: number): Level => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/**
 * One structured log line per request, written once the response is done or the client gave up.
 * pino-http, which did this before, made a child logger per request whether or not anything was
 * logged: under load that was the largest cost the app added to a cached comparison.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (logger.isLevelEnabled('error')) {
      const started = performance.now();
      res.once('close', () => {
        const responseTime = Math.round(performance.now() - started);
        const request = { method: req.method, url: req.originalUrl };
        if (!res.headersSent) {
          logger.warn({ req: request, responseTime, aborted: true }, 'request aborted before an answer');
          return;
        }
        // An event stream ends this way whenever a dashboard is closed: cut off, not failed.
        const [message, cutOff] = res.writableFinished
          ? ['request completed', {}]
          : ['connection closed before the answer ended', { aborted: true }];
        logger[levelFor(res.statusCode)](
          { req: request, res: { statusCode: res.statusCode }, responseTime, ...cutOff },
          message,
        );
      });
    }
    next();
  };
}
