// Used by 启动看板.cmd: exits 0 once the dashboard on 127.0.0.1:3000 answers /healthz, or 1
// after two minutes (the first read of large ledgers takes a while). With --now: 0 if it
// answers right away (already running), else 1. --port N: another port than 3000.
'use strict';
const http = require('node:http');

const args = process.argv.slice(2);
const port = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : 3000;
const URL = `http://127.0.0.1:${port}/healthz`;
const now = args.includes('--now');
const deadline = Date.now() + (now ? 0 : 120_000);

function ask() {
  const req = http.get(URL, { timeout: 2000 }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => (body += d));
    res.on('end', () => (res.statusCode === 200 && body.includes('"generation"') ? process.exit(0) : retry()));
  });
  req.on('timeout', () => req.destroy());
  req.on('error', retry);
}

function retry() {
  if (Date.now() >= deadline) process.exit(1);
  setTimeout(ask, 500);
}

ask();
