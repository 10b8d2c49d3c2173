/**
 * The dashboard server: createApp(deps) wires the data store, the file watcher and the
 * routes. Everything it keeps lives in the returned object; nothing is module-level.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import { termIdContaining, termIdString } from '../term/term.ts';
import type { Clock, Logger } from './clock.ts';
import { loadAssets } from './assets.ts';
import type { ComputedView, Dataset, IngestFn, ReadFn } from './generation.ts';
import { HttpError } from './http-error.ts';
import { PAGES, type PageDef } from './pages.ts';
import { parseMonth, parsePresent, parseQuery, queryKey, type Query } from './query.ts';
import { createRenderer, type PageFrame } from './render.ts';
import { sendPrepared } from './send.ts';
import { DataStore, isLoaded, type LoadedSnapshot } from './store.ts';
import { text } from '../messages/server.ts';
import { AREAS, banner, currentMonth, frame, type Area } from './view-model/frame.ts';
import { monthPageView, SLIDE_LIST_MAX } from './view-model/month.ts';
import { watchSources, type Watching } from './watch.ts';
import { createIngestWorker, siblingModule } from '../ingest/worker/client.ts';
import { liveEvents } from './live-events.ts';
import { reportRoutes } from './routes/report.ts';
import { planFiles } from '../report/pack/plan-files.ts';
import { PdfPrinter } from '../report/pdf/index.ts';
import type { Config } from '../config/index.ts';
import { metricsJson, redact, visibilityKey } from '../metrics/index.ts';
import { AUDIT_FILE, AuditLog } from './auth/audit.ts';
import { UsersSource } from './auth/users.ts';
import { usersPath } from '../access/index.ts';
import { configPath, DEFAULT_PRESENT_SECONDS } from '../config/index.ts';
import { mayDownloadWorkbook, visibilityOf, type Viewer } from './auth/viewer.ts';
import { createAccess, safeBack, viewerOf } from './routes/access.ts';
import { withToken } from './personalize.ts';
import { kioskRedirect } from './routes/present.ts';
import { presentView } from './view-model/present.ts';
import { presentText } from '../messages/present.ts';
import { serverNotify } from './notify.ts';
import { pushView } from './view-model/push.ts';

export interface AppDeps {
  /** Files, folders or gsheets:<id>, as on the command line. */
  readonly sources: readonly string[];
  /** The configuration (src/config), loaded again for every read of the sources. */
  readonly loadConfig: () => Promise<Config>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Re-read when the sources change (default on). */
  readonly watch?: boolean;
  /** Quiet time after a change before re-reading (default 500 ms). */
  readonly debounceMs?: number;
  /** Poll interval for Google spreadsheets (default: the Sheets adapter's). */
  readonly pollMs?: number;
  /** Seconds between two looks at a polled folder (serve.pollSeconds), and whether to poll every folder (serve.poll). */
  readonly pollSeconds?: number;
  readonly forcePolling?: boolean;
  /** How sources are read (default: ingest in a worker thread). */
  readonly ingest?: IngestFn;
  /** Prints the PDF reports (default: one printer for this app, launched at the first download). */
  readonly printer?: PdfPrinter;
  /** union-dash.users.json: with users in it every route but /healthz needs a login; absent file = no login. */
  readonly usersFile?: string;
  /** How long a login lasts (default 8 hours). */
  readonly sessionHours?: () => number;
  /** Send the briefing on its schedule and push new warnings (notify in the config; default on). */
  readonly notify?: boolean;
}

export interface DashboardApp {
  readonly app: Express;
  readonly store: DataStore;
  /** Settles after the first read, good or failed. */
  readonly ready: Promise<void>;
  /** Stops watching and closes the app's own printer; the HTTP server is the caller's to close. */
  close(): Promise<void>;
}

const PAGE_CACHE = 'no-cache';
/** The overview is warmed for one chair on her own computer (no users), the commonest reader. */
const LOCAL_CHAIR: Viewer = { name: null, role: 'chair', present: false, csrf: '' };
const ASSET_CACHE = 'public, max-age=31536000, immutable';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";


export function createApp(deps: AppDeps): DashboardApp {
  const { clock, logger } = deps;
  // the ledgers are parsed, and the metrics of their views computed, in a worker thread: pages and /healthz keep answering meanwhile
  const worker = deps.ingest ? null : createIngestWorker<ComputedView>(siblingModule(import.meta.url, 'read-worker'));
  const read: ReadFn = deps.ingest
    ? async (sources, options) => ({ result: await deps.ingest!(sources, options) })
    : async (sources, options) => {
        const { id, result, extra } = await worker!.read(sources, options);
        return { result, ...(extra ? { defaultView: extra } : {}), elsewhere: (question) => worker!.ask<ComputedView>(id, question) };
      };
  const store = new DataStore({ sources: deps.sources, loadConfig: deps.loadConfig, clock, logger, read });
  const printer = deps.printer ?? new PdfPrinter({ chromePath: () => store.config?.pdf.chromePath ?? null });
  const assets = loadAssets();
  const renderer = createRenderer(assets.urls);
  const ready = store.reload();
  let watching: Watching | null = null;
  if (deps.watch !== false) {
    watching = watchSources({
      sources: deps.sources,
      debounceMs: deps.debounceMs ?? 500,
      ...(deps.pollMs ? { pollMs: deps.pollMs } : {}),
      ...(deps.pollSeconds ? { pollSeconds: deps.pollSeconds } : {}),
      ...(deps.forcePolling ? { forcePolling: true } : {}),
      onChange: () => void store.reload(),
      logger,
    });
  }

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  app.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  const usersFile = deps.usersFile ?? usersPath(configPath(deps.sources, process.cwd()));
  const audit = new AuditLog(join(dirname(usersFile), AUDIT_FILE), (m) => logger.error(m));
  const access = createAccess({ users: new UsersSource(usersFile), audit, now: () => clock.now(), sessionHours: deps.sessionHours ?? (() => 8), renderer });

  app.get('/assets/:file', (req, res, next) => {
    const a = assets.byPath.get(`/assets/${req.params.file}`);
    if (!a) return next();
    sendPrepared(req, res, a, req.query['v'] ? ASSET_CACHE : 'public, max-age=3600');
  });

  // Pages and data wait for the first read; a new calendar day starts a fresh read.
  app.use(async (_req, _res, next) => {
    await ready;
    store.freshen();
    next();
  });

  app.get('/healthz', (_req, res) => {
    const snap = store.current();
    const g = snap.generation;
    const failing = (source: string) =>
      snap.failure?.error != null || (snap.failure?.issues ?? []).some((i) => i.file === basename(source) || existsSync(join(source, i.file)));
    res.status(g ? 200 : 503).setHeader('Cache-Control', 'no-store');
    res.json({
      status: !g ? 'no_data' : snap.failure || g.missing.length > 0 ? 'stale' : 'ok',
      generation: g?.id ?? null,
      sources: deps.sources.map((source) => ({
        source,
        last_good_ingest: g ? g.loadedAt.toISOString() : null,
        last_read_ok: !(snap.failure && failing(source)) && !g?.missing.some((m) => m.path.startsWith(source)),
      })),
      missing_files: (g?.missing ?? []).map((m) => ({ file: m.file, since: m.since.toISOString(), until: m.until?.toISOString() ?? null })),
      // where a problem is, never what the cell says (a name, an amount): /healthz answers anyone
      last_failure: snap.failure ? { at: snap.failure.at.toISOString(), issues: snap.failure.issues.map(({ message: _m, ...place }) => place), error: snap.failure.error ? 'internal' : null } : null,
    });
  });

  app.use(access.routes);
  app.use(access.guard);
  app.use(kioskRedirect(PAGES.map((p) => p.path)));

  // One cut-down result per dataset and visibility, shared by pages, the API and the reports.
  const seen = new WeakMap<Dataset, Map<string, Dataset>>();
  const forViewer = (ds: Dataset, v: Viewer): Dataset => {
    const vis = visibilityOf(v);
    const key = visibilityKey(vis);
    let byKey = seen.get(ds);
    if (!byKey) seen.set(ds, (byKey = new Map()));
    let out = byKey.get(key);
    if (!out) {
      const metrics = redact(ds.metrics, vis);
      out = metrics === ds.metrics ? ds : { ingest: ds.ingest, metrics, json: metricsJson(metrics) };
      byKey.set(key, out);
    }
    return out;
  };
  const viewerKey = (v: Viewer) => `${v.role}|${+v.present}|${v.name ?? ''}`;

  const goodSnapshot = (): LoadedSnapshot => {
    const snap = store.current();
    if (isLoaded(snap)) return snap;
    const b = banner(snap.failure, null);
    throw new HttpError(503, [text.errors.noData, ...(b ? [b.title, ...b.items] : [])].join('\n'));
  };

  const frameFor = (snap: LoadedSnapshot, ds: Dataset, area: Area, heading: string, path: string, query: Query, viewer: Viewer) =>
    frame({ area, heading, path, query, metrics: ds.metrics, ingest: ds.ingest, sources: deps.sources, loadedAt: snap.generation.loadedAt, generation: snap.generation.id, version: snap.version, failure: snap.failure, missing: snap.generation.missing, viewer });

  const renderPage = (snap: LoadedSnapshot, page: PageDef, query: Query, viewer: Viewer) =>
    snap.pages.get(`${page.path}?${queryKey(query)}|${clock.today()}|${viewerKey(viewer)}|${push?.version() ?? 0}`, async () => {
      const ds = forViewer(await snap.generation.dataset(query, clock.today()), viewer);
      const view = page.view(ds.ingest, ds.metrics, query, { push: pushView(push?.status() ?? null) });
      return { body: renderer.page(page.area, frameFor(snap, ds, page.area, page.heading(ds.metrics), page.path, query, viewer), view) };
    });

  for (const page of PAGES) {
    app.get(page.path, async (req, res) => {
      const query = parseQuery(req.query);
      const viewer = viewerOf(res);
      sendPrepared(req, res, withToken(await renderPage(goodSnapshot(), page, query, viewer), viewer.csrf), PAGE_CACHE);
    });
  }

  // Each new snapshot renders the overview at once, so its first visitor does not wait.
  const warm = () => {
    const snap = store.current();
    if (isLoaded(snap)) void renderPage(snap, PAGES[0]!, {}, LOCAL_CHAIR).catch((e: unknown) => logger.error(String(e)));
  };
  // After the requests that waited during the swap: an immediate queued from an immediate runs
  // only after the event loop has polled for I/O once more.
  store.onSwap(() => setImmediate(() => setImmediate(warm)));

  /** The month's own term (never a year: a month belongs to one term); the default read serves it when that is the term shown anyway. */
  const monthDataset = async (snap: LoadedSnapshot, month: string, query: Query, viewer: Viewer): Promise<Dataset> => {
    const { span: _year, ...plain } = query;
    const term = termIdString(termIdContaining(`${month}-01`));
    let ds = await snap.generation.dataset(plain, clock.today());
    if (ds.metrics.term.id !== term) ds = await snap.generation.dataset({ ...plain, term }, clock.today());
    return forViewer(ds, viewer);
  };


  // 投影放映: names masked whatever the role, however the viewer came in.
  app.get('/present', async (req, res) => {
    const { query, month: asked, seconds } = parsePresent(req.query, store.config?.serve.presentSeconds ?? DEFAULT_PRESENT_SECONDS);
    const viewer: Viewer = { ...viewerOf(res), present: true };
    const snap = goodSnapshot();
    const key = `/present?${queryKey(query)}|${asked ?? ''}|${seconds}|${clock.today()}|${viewerKey(viewer)}`;
    const cached = await snap.pages.get(key, async () => {
      const ds = forViewer(await snap.generation.dataset(query, clock.today()), viewer);
      const month = asked ?? currentMonth(ds.metrics);
      const plain: Query = query.asOf ? { asOf: query.asOf } : {};
      const monthView = monthPageView((await monthDataset(snap, month, plain, viewer)).metrics, month, plain, SLIDE_LIST_MAX);
      const f = frameFor(snap, ds, 'overview', presentText.title, '/present', query, viewer);
      return { body: renderer.document('present', f, presentView({ month: monthView, metrics: ds.metrics, query, seconds, banner: f.banner })) };
    });
    sendPrepared(req, res, cached, PAGE_CACHE);
  });

  app.get('/month', async (req, res) => {
    const query = parseQuery(req.query);
    const ds = await goodSnapshot().generation.dataset(query, clock.today());
    const keep = new URLSearchParams(query.asOf ? { as_of: query.asOf } : {}).toString();
    res.redirect(302, `/month/${currentMonth(ds.metrics)}${keep ? `?${keep}` : ''}`);
  });

  app.get('/month/:month', async (req, res) => {
    const month = parseMonth(req.params.month);
    const { asOf } = parseQuery(req.query);
    const snap = goodSnapshot();
    const path = `/month/${month}`;
    const viewer = viewerOf(res);
    const cached = await snap.pages.get(`${path}?${asOf ?? ''}|${clock.today()}|${viewerKey(viewer)}`, async () => {
      const plain: Query = asOf ? { asOf } : {};
      const ds = await monthDataset(snap, month, plain, viewer);
      const view = monthPageView(ds.metrics, month, plain);
      return { body: renderer.page('month', frameFor(snap, ds, 'month', text.headings.month(view.label), path, plain, viewer), view) };
    });
    sendPrepared(req, res, withToken(cached, viewer.csrf), PAGE_CACHE);
  });

  app.get('/api/metrics', async (req, res) => {
    const query = parseQuery(req.query);
    const ds = forViewer(await goodSnapshot().generation.dataset(query, clock.today()), viewerOf(res));
    res.type('application/json; charset=utf-8').setHeader('Cache-Control', PAGE_CACHE);
    res.send(ds.json);
  });

  const push =
    deps.notify === false
      ? null
      : serverNotify({
          store,
          configPath: configPath(deps.sources, process.cwd()),
          clock,
          logger,
          printer,
          monthMetrics: async (month) => {
            const snap = store.current();
            return isLoaded(snap) ? (await monthDataset(snap, month, {}, LOCAL_CHAIR)).metrics : null;
          },
          currentMetrics: async () => {
            const snap = store.current();
            return isLoaded(snap) ? (await snap.generation.dataset({}, clock.today())).metrics : null;
          },
        });

  const live = liveEvents(store);
  app.get('/events', live.handle);

  app.post('/refresh', express.urlencoded({ extended: false, limit: '4kb' }), access.csrf, async (req, res) => {
    access.record(req, 'refresh');
    await store.reload({ confirmed: true });
    res.redirect(303, safeBack((req.body as Record<string, unknown> | undefined)?.['back']));
  });

  app.use(
    reportRoutes({
      dataset: async (period, res) => forViewer(await goodSnapshot().generation.dataset(period, clock.today()), viewerOf(res)),
      mayDownloadWorkbook: (res) => mayDownloadWorkbook(viewerOf(res)),
      // the pack is boxed by term (as on the command line): a year's page offers the pack of as-of's term
      pack: async ({ span: _year, ...period }, res) => {
        const ds = await goodSnapshot().generation.dataset(period, clock.today());
        return { metrics: ds.metrics, ingest: ds.ingest, visibility: visibilityOf(viewerOf(res)), planFiles: await planFiles(deps.sources) };
      },
      onDownload: (req) => access.record(req, 'download', req.originalUrl),
      printer,
      clock,
    }),
  );

  app.use((req, _res, next) => next(new HttpError(404, text.errors.notFound(req.path))));
  app.use(errorHandler(renderer, logger));

  return {
    app,
    store,
    ready,
    close: async () => {
      live.close();
      push?.close();
      await push?.idle();
      watching?.close();
      store.close();
      await store.idle();
      await worker?.close();
      if (!deps.printer) await printer.close();
    },
  };
}

function errorHandler(renderer: ReturnType<typeof createRenderer>, logger: Logger): ErrorRequestHandler {
  return (err: unknown, req: Request, res: Response, next) => {
    if (res.headersSent) return next(err);
    const reported = typeof (err as { status?: unknown })?.status === 'number' ? (err as { status: number }).status : 500;
    const status = err instanceof HttpError ? err.status : reported >= 400 && reported < 500 ? reported : 500;
    const message = err instanceof HttpError ? err.message : status < 500 ? text.errors.badRequestTitle : text.errors.internal;
    if (!(err instanceof HttpError) && status >= 500) logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    res.status(status).setHeader('Cache-Control', 'no-store');
    if (req.path.startsWith('/api/') || req.path === '/healthz') {
      res.json({ error: message });
      return;
    }
    const title =
      status === 404 ? text.errors.notFoundTitle : status === 503 ? text.errors.noDataTitle : status < 500 ? text.errors.badRequestTitle : text.errors.internalTitle;
    const f: PageFrame = {
      title: `${title} · ${text.siteName}`,
      heading: title,
      nav: AREAS.map((a) => ({ href: a.path === '/month' ? '/month' : a.path, label: a.label, active: false })),
      back: '/',
      // 刷新 must still work on an error page: it is how the chair retries after fixing a file
      csrf: (res.locals['viewer'] as Viewer | undefined)?.csrf ?? '',
      footnote: '',
    };
    res.type('html').send(renderer.page('error', f, { message, lines: message.split('\n') }));
  };
}

