import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { AuthService } from './auth.js';
import { ProblemError } from './errors.js';

/**
 * A new database gets one admin so that someone can sign in. The password comes from
 * TRIANGULATE_ADMIN_PASSWORD, or is generated and shown once on the console, never in the logs:
 * on standard error, since the JSON logs go to standard output, which log collectors keep.
 */
export async function ensureInitialAdmin(auth: AuthService, config: Config, logger: Logger): Promise<void> {
  if ((await auth.countUsers()) > 0) return;
  const generated = config.TRIANGULATE_ADMIN_PASSWORD === undefined;
  const password = config.TRIANGULATE_ADMIN_PASSWORD ?? randomBytes(15).toString('base64url');
  try {
    await auth.createUser({
      email: config.TRIANGULATE_ADMIN_EMAIL,
      displayName: 'Administrator',
      role: 'admin',
      password,
    });
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if (error instanceof ProblemError && error.status === 409) return;
    throw error;
  }
  logger.info({ email: config.TRIANGULATE_ADMIN_EMAIL }, 'Created the first admin account');
  if (generated) {
    process.stderr.write(
      `\n  First admin account: ${config.TRIANGULATE_ADMIN_EMAIL}\n  Password (shown once; change it after signing in, under Change password at the top right): ${password}\n\n`,
    );
  }
}
