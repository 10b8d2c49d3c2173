/**
 * The dashboard server for bench/sections/http.ts, in its own process:
 *   node --import tsx bench/http-server.ts <today> <source…>
 * Reads the sources, listens on a free 127.0.0.1 port, prints {"port":N,"seconds":S} and
 * serves until its stdin closes.
 */
import type { Server } from 'node:http';
import { loadConfig } from '../src/config/index.ts';
import { createApp } from '../src/server/app.ts';
import { silentLogger } from '../src/server/clock.ts';

const [today, ...sources] = process.argv.slice(2);
if (!today || sources.length === 0) {
  console.error('usage: node --import tsx bench/http-server.ts <today> <source…>');
  process.exit(2);
}
const started = performance.now();
const dash = createApp({ sources, loadConfig: () => loadConfig({ sources, env: process.env, cwd: process.cwd() }), clock: { now: () => new Date(), today: () => today }, logger: silentLogger, watch: false });
await dash.ready;
if (!dash.store.current().generation) {
  console.error(`could not read ${sources.join(', ')}: ${dash.store.current().failure?.issues.map((i) => i.message).join('; ')}`);
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
const server = await new Promise<Server>((resolve) => {
  const s = dash.app.listen(0, '127.0.0.1', () => resolve(s));
});
const address = server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0, seconds }));
process.stdin.resume();
process.stdin.on('end', () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
