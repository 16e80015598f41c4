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
        const level = levelFor(res.statusCode);
        if (!logger.isLevelEnabled(level)) return;
        logger[level](
          {
            req: { method: req.method, url: req.originalUrl },
            res: { statusCode: res.statusCode },
            responseTime: Math.round(performance.now() - started),
            ...(res.writableFinished ? {} : { aborted: true }),
          },
          res.writableFinished ? 'request completed' : 'request aborted',
        );
      });
    }
    next();
  };
}
