import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Debian keeps the server binaries off PATH, under /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string | null {
  const candidates = ['/usr/lib/postgresql'];
  for (const root of candidates) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  }
  try {
    return join(execFileSync('sh', ['-c', 'dirname "$(readlink -f "$(command -v initdb)")"']).toString().trim());
  } catch {
    return null;
  }
}

/**
 * A throwaway PostgreSQL cluster for the test run: its own folder, a unix socket there and no TCP
 * listener, durability off because nothing in it outlives the run. PostgreSQL refuses to run as
 * root, so as root it runs as the `postgres` system user.
 */
export function startPostgresCluster(bin: string): { url: string; stop(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : join(bin, command),
      asRoot ? ['-u', 'postgres', '--', join(bin, command), ...args] : args,
      {
        stdio: 'pipe',
      },
    );
  if (asRoot) {
    const pgUser = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const pgGroup = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, pgUser, pgGroup);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const port = 40000 + Math.floor(Math.random() * 20000);
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'triangulate', '--no-sync', '-E', 'UTF8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://triangulate@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database on the server at `serverUrl`, named `prefix` and something random, and how to drop it. */
export async function scratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database ${name} with (force)`) };
}
