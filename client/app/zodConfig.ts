import { z } from 'zod';

// Zod compiles its object parsers with `new Function` when it may, and asks once by trying: the
// page's content security policy forbids it, and every page load reported that try as a violation.
// Set before any other module is evaluated, since some parse as they load.
z.config({ jitless: true });
