import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const admin = { email: 'admin@bench.example', password: 'bench-admin-password' };

/** A port free on loopback now, for a server that is told its port. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The server as `npm start` runs it: its compiled build, built afresh (the dashboard is built only
 * when missing: the load asks the API alone), in a process of its own. Returns once it answers.
 */
export async function startServer(dbPath: string): Promise<{ child: ChildProcess; origin: string; cookie: string }> {
  const npm = (script: string) =>
    execFileSync('npm', ['run', '--silent', script], { cwd: projectRoot, stdio: 'inherit' });
  if (!existsSync(join(projectRoot, 'dist/client/index.html'))) npm('build');
  else execFileSync(process.execPath, ['--import', 'tsx', 'server/build.ts'], { cwd: projectRoot, stdio: 'inherit' });
  const port = await freePort();
  // `npm run serve`'s own command, run straight from here so that its process is the one measured.
  const serve = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: { serve: string } })
    .scripts.serve;
  const child = spawn(process.execPath, serve.split(' ').slice(1), {
    cwd: projectRoot,
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_URL: dbPath,
      PORT: String(port),
      SEED: 'false',
      LOG_LEVEL: 'silent',
      TRIANGULATE_ADMIN_EMAIL: admin.email,
      TRIANGULATE_ADMIN_PASSWORD: admin.password,
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const answer = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    }).catch(() => undefined);
    if (answer?.ok) return { child, origin, cookie: answer.headers.get('set-cookie')!.split(';')[0]! };
    if (tries > 300 || child.exitCode !== null) throw new Error('The server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The server's resident memory now, from the kernel. */
export function residentBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) * 1024;
}

/** Stops a server that startServer started, and waits for it to end. */
export async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}
