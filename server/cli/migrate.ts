import { loadConfig } from '../config.js';
import { startBackend } from '../start.js';

const backend = await startBackend({ ...loadConfig(), SEED: false });
backend.logger.info(`Migrations applied (${backend.storage.kind})`);
await backend.close();
