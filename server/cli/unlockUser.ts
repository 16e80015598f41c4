import { parseArgs } from 'node:util';
import { UserInput } from '../../shared/schemas/index.js';
import { loadConfig } from '../config.js';
import { startBackend } from '../start.js';

/**
 * `npm run user:unlock -- --email …`: lifts an account's sign-in lock from the server's own shell,
 * for when the only admin is the one locked out and nobody can reach the Users page.
 */
const { values } = parseArgs({ options: { email: { type: 'string' } } });
const email = UserInput.shape.email.safeParse(values.email ?? '');
if (!email.success) {
  console.error(`--email: ${email.error.issues[0]?.message}, such as --email admin@example.org`);
  process.exit(2);
}
const backend = await startBackend({ ...loadConfig(), SEED: false, LOG_LEVEL: 'warn' });
try {
  const user = (await backend.services.auth.listUsers()).find((u) => u.email === email.data);
  if (!user) {
    console.error(`No user with email ${email.data}`);
    process.exitCode = 1;
  } else {
    await backend.services.auth.liftSignInLock(user.id);
    console.log(
      user.signInLockedUntil
        ? `Lifted the sign-in lock of ${user.email}, which would have lasted until ${user.signInLockedUntil}`
        : `${user.email} was not locked; their count of wrong passwords starts afresh`,
    );
  }
} finally {
  await backend.close();
}
