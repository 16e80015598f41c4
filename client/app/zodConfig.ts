import { z } from 'zod';

// Zod compiles its object parsers with `new Function` when it may, and asks once by trying: the
// page's content security policy forbids it, and every page load reported that try as a violation.
// zod asks as each object schema is made, so this must run before any schema module: main.tsx
// imports it first, and vite.config.ts keeps it in zod's own chunk, evaluated before the schemas'.
z.config({ jitless: true });
