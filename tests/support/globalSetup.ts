import { build } from 'vite';

/** Browser tests drive the built dashboard, exactly as `npm start` serves it. */
export default async function setup(): Promise<void> {
  await build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
