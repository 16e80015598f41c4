import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './services/clock.js';
import { createServices } from './services/index.js';
import { ensureInitialAdmin } from './services/initialAdmin.js';
import { seedDemoData } from './services/seed.js';
import { openChangeChannel } from './storage/changeChannel.js';
import { migrateToLatest, openStorage } from './storage/database.js';

/**
 * Opens the database, brings its schema up to date, joins the other instances' change channel
 * and loads the demo data into an empty database. `now` is the clock sessions expire by.
 */
export async function startBackend(
  config: Config,
  logger: Logger = pino({ level: config.LOG_LEVEL }),
  now: Clock = systemClock,
) {
  const storage = await openStorage(config.DATABASE_URL);
  await migrateToLatest(storage.db);
  const services = createServices(
    storage,
    {
      sessionHours: config.SESSION_HOURS,
      maxFailures: config.LOGIN_MAX_FAILURES,
      maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
      failureWindowMinutes: config.LOGIN_WINDOW_MINUTES,
    },
    {
      readers: config.EXTRACT_WORKERS,
      waiting: config.EXTRACT_QUEUE,
      timeLimitMs: config.EXTRACT_TIME_LIMIT_SECONDS * 1000,
    },
    now,
  );
  await ensureInitialAdmin(services.auth, config, logger);
  await services.groupColours.giveMissing();
  const channel = await openChangeChannel(
    storage,
    (payload) => services.feed.receive(payload),
    (err) => logger.error({ err }, 'Change channel failed; reconnecting'),
  );
  services.feed.connect(channel);
  if (config.SEED) {
    const { created } = await seedDemoData(storage.db, services.feed, services, { onlyIntoEmpty: true });
    if (created > 0) logger.info({ created }, 'Loaded the demo dataset into the empty database');
  }
  return {
    storage,
    services,
    logger,
    /** The HTTP app on this backend, with the dashboard served by `frontend` when given. */
    app: (frontend?: RequestHandler) =>
      createApp({
        services,
        logger,
        databaseKind: storage.kind,
        publicRead: config.PUBLIC_READ,
        sessionHours: config.SESSION_HOURS,
        trustProxy: config.TRUST_PROXY,
        ...(frontend ? { frontend } : {}),
      }),
    async close() {
      await services.comparison.close();
      await channel?.close();
      await services.extraction.close();
      await storage.close();
    },
  };
}
