import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import { createServices } from './services/index.js';
import { isEmpty, seedDemoData } from './services/seed.js';
import { migrateToLatest, openStorage } from './storage/database.js';

/** Opens the database, brings its schema up to date and loads the demo data into an empty one. */
export async function startBackend(config: Config, logger: Logger = pino({ level: config.LOG_LEVEL })) {
  const storage = await openStorage(config.DATABASE_URL);
  await migrateToLatest(storage.db);
  const services = createServices(storage.db);
  if (config.SEED && (await isEmpty(storage.db))) {
    const { created } = await seedDemoData(storage.db, services.feed, services);
    logger.info({ created }, 'Loaded the demo dataset into the empty database');
  }
  return { storage, services, logger };
}
