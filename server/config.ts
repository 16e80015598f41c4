import { z } from 'zod';

const booleanWord = z.enum(['true', 'false']).transform((v) => v === 'true');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `postgres://…` for PostgreSQL; otherwise a SQLite file path, optionally written `sqlite:path`. */
  DATABASE_URL: z.string().min(1).default('data/triangulate.db'),
  SEED: booleanWord.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof Env>;

/** Reads the environment once at start-up; a bad value stops the server with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
