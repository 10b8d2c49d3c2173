import { fileURLToPath } from 'node:url';

/** The bundled sample ledgers, used when no source is given. */
export const defaultSources = (): string[] => [fileURLToPath(new URL('../../fixtures/', import.meta.url))];
