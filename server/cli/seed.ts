import { loadConfig } from '../config.js';
import { seedDemoData } from '../services/seed.js';
import { startBackend } from '../start.js';

const backend = await startBackend({ ...loadConfig(), SEED: false });
const { created } = await seedDemoData(backend.storage.db, backend.services.feed, backend.services);
backend.logger.info({ created }, created ? 'Demo data added' : 'Demo data already present; nothing added');
await backend.close();
