// Compiles the server, and the shared code it runs, into dist/node: one JavaScript file per
// TypeScript file, in the same folders, so that relative imports, worker entries and the files
// read beside the code (the demo data, plain-JavaScript workers) resolve as they do from source.
// `npm start` runs the result, without compiling TypeScript as it starts.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/node`;
const folders = ['server', 'shared'];

const filesIn = (folder: string) =>
  readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' }).map((file) => `${folder}/${file}`);
const all = folders.flatMap(filesIn);
const isTypeScript = (file: string) => file.endsWith('.ts');
const isTest = (file: string) => /\.test\.ts$/.test(file);
const isAsset = (file: string) => /\.(json|mjs)$/.test(file);

rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  entryPoints: all
    .filter((file) => isTypeScript(file) && !isTest(file) && file !== 'server/build.ts')
    .map((f) => root + f),
  outdir,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
for (const file of all.filter(isAsset)) cpSync(root + file, `${outdir}/${file}`);
console.log(`Server built into dist/node in ${Math.round(performance.now() - started)} ms`);
