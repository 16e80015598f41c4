import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { UserInput } from '../../shared/schemas/index.js';
import { loadConfig } from '../config.js';
import { startBackend } from '../start.js';

/**
 * `npm run user:add -- --email … --role editor [--name …]`. The password comes from
 * TRIANGULATE_USER_PASSWORD or standard input, never from the command line, where `ps` and shell
 * history would keep it.
 */
const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string', default: 'viewer' }, name: { type: 'string' } },
});
const password = process.env.TRIANGULATE_USER_PASSWORD ?? (await text(process.stdin)).trim();
const parsed = UserInput.safeParse({
  email: values.email,
  role: values.role,
  displayName: values.name ?? values.email?.split('@')[0],
  password,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  process.exit(2);
}
const backend = await startBackend({ ...loadConfig(), SEED: false, LOG_LEVEL: 'warn' });
try {
  const user = await backend.services.auth.createUser(parsed.data);
  console.log(`Created ${user.role} ${user.email} (id ${user.id})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await backend.close();
}
