import { loadConfig } from '../config.js';
import { startBackend } from '../start.js';

const { storage, logger } = await startBackend({ ...loadConfig(), SEED: false });
logger.info(`Migrations applied (${storage.kind})`);
await storage.close();
