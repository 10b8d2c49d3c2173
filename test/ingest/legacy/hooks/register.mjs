// `node --import ./register.mjs …`: records the process's @e965 imports into $UNION_DASH_RECORD_IMPORTS.
import { register } from 'node:module';

register('./record-imports.mjs', import.meta.url, { data: { out: process.env.UNION_DASH_RECORD_IMPORTS } });
