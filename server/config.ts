import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const booleanWord = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The names Express's `trust proxy` takes for whole address ranges, beside addresses and subnets. */
const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  const bits = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : 0;
  if (bits === 0 || rest.length > 0) return false;
  return prefix === undefined || isIP(prefix) === 4 || (/^\d+$/.test(prefix) && Number(prefix) <= bits);
};
/**
 * Turned into the value Express means, not passed on as text: Express reads a string as a list of
 * addresses, so "1" would trust a proxy at 0.0.0.1 rather than one hop, and "true" would stop the
 * app with an error that does not name this variable.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): boolean | number | string => {
    if (value === 'false') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    if (entries.every((entry) => proxyRangeNames.has(entry) || isProxyAddress(entry))) return entries.join(',');
    ctx.addIssue({
      code: 'custom',
      message: 'must be true, false, a number of proxies, or addresses, subnets and loopback, linklocal, uniquelocal',
    });
    return z.NEVER;
  });

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `postgres://…` for PostgreSQL; otherwise a SQLite file path, optionally written `sqlite:path`. */
  DATABASE_URL: z.string().min(1).default('data/triangulate.db'),
  SEED: booleanWord.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Lets anyone who can reach the server read without signing in; writing always needs an editor. */
  PUBLIC_READ: booleanWord.default(false),
  /** The first admin's password on a database without users; otherwise a random one is printed once. */
  TRIANGULATE_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  TRIANGULATE_ADMIN_EMAIL: z.email().default('admin@triangulate.local'),
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  /** Higher than per account: colleagues behind one office address share it. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(50),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  /** Behind a TLS-terminating proxy: Express's `trust proxy` setting, so cookies are marked Secure. */
  TRUST_PROXY: trustProxy.default(false),
  /**
   * Texts read at once, one per core: a text being read keeps its core busy, and more readers than
   * cores only slow each other down. At most four by default, so that a large machine keeps cores for
   * the rest of the server and the readers' memory stays bounded.
   */
  EXTRACT_WORKERS: z.coerce.number().int().positive().max(64).default(Math.min(4, availableParallelism())),
  /**
   * Requests that may wait for a reader. A line of articles, read in tens of milliseconds each, is
   * gone in well under a second; one of texts that each run to the time limit, on two readers, in 40.
   */
  EXTRACT_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  /**
   * Seconds one text may take to read before it is stopped and refused (422). The slowest texts of
   * 200,000 characters known take about a second: ten leave room for a slow or busy machine, while a
   * text that takes longer holds a reader that other requests wait for.
   */
  EXTRACT_TIME_LIMIT_SECONDS: z.coerce.number().positive().max(600).default(10),
});
export type Config = z.infer<typeof Env>;

/** Reads the environment once at start-up; a bad value stops the server with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `PORT=` in an env file or a compose file means not set; read as a number it would be port 0, any free port.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
