/**
 * zod, configured once for every schema: `jitless` keeps it from probing `new Function` (extension pages
 * forbid eval under MV3's CSP, and web-ext lint flags it).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
