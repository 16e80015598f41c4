import { loadConfig } from '../config.js';
import { seedDemoData } from '../services/seed.js';
import { startBackend } from '../start.js';

const { storage, services, logger } = await startBackend({ ...loadConfig(), SEED: false });
const { created } = await seedDemoData(storage.db, services.feed, services);
logger.info({ created }, created ? 'Demo data added' : 'Demo data already present; nothing added');
await storage.close();
