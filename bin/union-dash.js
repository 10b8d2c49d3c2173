#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so no build step stands between a
// fresh `npm install` and a working command.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/run.ts');
