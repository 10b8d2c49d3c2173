/**
 * Login, logout, the audit page, and the guard every other route sits behind. With no
 * users the dashboard is one chair's on her own computer: no login (the server binds
 * loopback only, see cli/serve). With users, a signed session cookie is needed for every
 * page, API, download and event stream; a damaged users file closes the dashboard.
 */
import { randomBytes } from 'node:crypto';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { findUser, verifyPassword, type UserEntry, type UsersFile } from '../../access/index.ts';
import { authText } from '../../messages/auth.ts';
import { text } from '../../messages/server.ts';
import { schoolDateTime } from '../../term/school-clock.ts';
import { AuditLog, type AuditEvent } from '../auth/audit.ts';
import { cookie, setCookie } from '../auth/cookies.ts';
import { csrfToken, issueSession, readSession, sameText } from '../auth/session.ts';
import { LoginThrottle } from '../auth/throttle.ts';
import { loginRequired, type UsersSource } from '../auth/users.ts';
import { mayReadAudit, type Viewer } from '../auth/viewer.ts';
import { HttpError } from '../http-error.ts';
import type { Renderer } from '../render.ts';
import { account, AREAS } from '../view-model/frame.ts';

export const SESSION_COOKIE = 'ud_session';
export const PRESENT_COOKIE = 'ud_present';
const AUDIT_LINES = 500;

export interface AccessDeps {
  readonly users: UsersSource;
  readonly audit: AuditLog;
  readonly now: () => Date;
  readonly sessionHours: () => number;
  readonly renderer: Renderer;
}

export interface Access {
  /** /login, /logout, /audit. */
  readonly routes: Router;
  /** Puts the Viewer in res.locals.viewer, or answers 401 / a redirect to the login page. */
  readonly guard: (req: Request, res: Response, next: NextFunction) => void;
  /** Rejects a state-changing request without this session's token (403). */
  readonly csrf: (req: Request, res: Response, next: NextFunction) => void;
  readonly record: (req: Request, event: AuditEvent, path?: string) => void;
}

export const viewerOf = (res: Response): Viewer => res.locals['viewer'] as Viewer;

/** Where to go after logging in: a path on this site, never another site. */
export function safeBack(v: unknown): string {
  return typeof v === 'string' && /^\/(?![/\\])[^\r\n]*$/.test(v) && v.length < 2048 ? v : '/';
}

/** A form posted from another site is refused whatever it carries. */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || origin === 'null') return req.headers['sec-fetch-site'] !== 'cross-site';
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const wantsPage = (req: Request) => req.method === 'GET' && !/^\/(api|events|report)\b/.test(req.path);

export function createAccess(deps: AccessDeps): Access {
  const throttle = new LoginThrottle();
  // One chair on her own computer still gets a token on the 刷新 form; it lasts as long as the process.
  const localSecret = randomBytes(32).toString('base64url');
  // Verifying a made-up hash when the name is unknown takes as long as a real one.
  const decoy = `scrypt$32768$8$1$${randomBytes(16).toString('base64url')}$${randomBytes(32).toString('base64url')}`;
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  /** `who` defaults to the logged-in viewer; the login routes name the user typed. */
  const record = (req: Request, event: AuditEvent, path?: string, who?: { name: string | null; role: string | null }) => {
    const v = who ?? (req.res?.locals['viewer'] as Viewer | undefined);
    void deps.audit.write({ at: deps.now().toISOString(), event, user: v?.name ?? null, role: v?.role ?? null, ip: req.ip ?? '', ...(path ? { path } : {}) });
  };

  const loginPage = (r: Response, status: number, view: { message?: string; next?: string; name?: string }) => {
    r.status(status).setHeader('Cache-Control', 'no-store');
    r.type('html').send(
      deps.renderer.page('login', { title: `${authText.loginTitle} · ${text.siteName}`, heading: authText.loginTitle, nav: [], back: '/', bare: true, footnote: '' }, {
        lead: authText.loginLead,
        message: view.message ?? '',
        next: safeBack(view.next),
        name: view.name ?? '',
      }),
    );
  };

  const sessionUser = (file: UsersFile, req: Request): { user: UserEntry; id: string } | null => {
    const s = readSession(file.secret, cookie(req, SESSION_COOKIE), deps.now().getTime());
    const user = s ? findUser(file, s.user) : undefined;
    return s && user && sameText(user.stamp, s.stamp) ? { user, id: s.id } : null;
  };

  const guard: Access['guard'] = (req, r, next) => {
    void (async () => {
      const state = await deps.users.current();
      if (!state.ok) throw new HttpError(503, authText.usersBroken(state.reason));
      const asked = req.query['present'];
      let present = cookie(req, PRESENT_COOKIE) === '1';
      if (asked === '1' || asked === '0') {
        present = asked === '1';
        r.append('Set-Cookie', setCookie(PRESENT_COOKIE, asked, { httpOnly: true, secure: req.secure, ...(present ? {} : { maxAge: 0 }) }));
      }
      if (!loginRequired(state)) {
        r.locals['viewer'] = { name: null, role: 'chair', present, csrf: csrfToken(localSecret, 'local') } satisfies Viewer;
        return next();
      }
      const found = sessionUser(state.file!, req);
      if (!found) {
        if (wantsPage(req)) return r.redirect(302, `/login?next=${encodeURIComponent(req.originalUrl)}`);
        throw new HttpError(401, authText.needLogin);
      }
      r.locals['viewer'] = { name: found.user.name, role: found.user.role, present, csrf: csrfToken(state.file!.secret, found.id) } satisfies Viewer;
      next();
    })().catch(next);
  };

  const csrf: Access['csrf'] = (req, r, next) => {
    const sent = (req.body as Record<string, unknown> | undefined)?.['_csrf'];
    const v = viewerOf(r);
    if (!sameOrigin(req) || typeof sent !== 'string' || !v || !sameText(sent, v.csrf)) return next(new HttpError(403, authText.badCsrf));
    next();
  };

  const routes = Router();

  routes.get('/login', async (req, r, next) => {
    try {
      const state = await deps.users.current();
      if (!state.ok) throw new HttpError(503, authText.usersBroken(state.reason));
      if (!loginRequired(state)) return r.redirect(302, '/');
      loginPage(r, 200, { next: typeof req.query['next'] === 'string' ? req.query['next'] : '/' });
    } catch (e) {
      next(e);
    }
  });

  routes.post('/login', form, async (req, r, next) => {
    try {
      const state = await deps.users.current();
      if (!state.ok) throw new HttpError(503, authText.usersBroken(state.reason));
      if (!loginRequired(state)) return r.redirect(303, '/');
      if (!sameOrigin(req)) throw new HttpError(403, authText.badCsrf);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const name = typeof body['name'] === 'string' ? body['name'].trim() : '';
      const password = typeof body['password'] === 'string' ? body['password'] : '';
      const next_ = typeof body['next'] === 'string' ? body['next'] : '/';
      const key = `${name.normalize('NFKC')}|${req.ip ?? ''}`;
      const now = deps.now().getTime();
      const wait = throttle.wait(key, now);
      if (wait > 0) {
        record(req, 'login_delayed', undefined, { name, role: null });
        return loginPage(r, 429, { message: authText.tooMany(Math.ceil(wait / 1000)), next: next_, name });
      }
      const user = name ? findUser(state.file!, name) : undefined;
      const ok = (await verifyPassword(password, user?.hash ?? decoy)) && user !== undefined;
      if (!ok || !user) {
        throttle.fail(key, now);
        record(req, 'login_failed', undefined, { name, role: null });
        return loginPage(r, 401, { message: authText.wrongPassword, next: next_, name });
      }
      throttle.succeed(key);
      const hours = deps.sessionHours();
      r.append('Set-Cookie', setCookie(SESSION_COOKIE, issueSession(state.file!.secret, user.name, user.stamp, now + hours * 3_600_000), { httpOnly: true, secure: req.secure, maxAge: hours * 3600 }));
      record(req, 'login', undefined, { name: user.name, role: user.role });
      r.redirect(303, safeBack(next_));
    } catch (e) {
      next(e);
    }
  });

  routes.post('/logout', form, guard, csrf, (req, r) => {
    record(req, 'logout');
    r.append('Set-Cookie', setCookie(SESSION_COOKIE, '', { httpOnly: true, secure: req.secure, maxAge: 0 }));
    r.redirect(303, '/login');
  });

  routes.get('/audit', guard, async (req, r, next) => {
    try {
      const v = viewerOf(r);
      if (!mayReadAudit(v)) throw new HttpError(403, authText.forbidden);
      const entries = (await deps.audit.recent(AUDIT_LINES)).map((e) => ({
        at: schoolDateTime(new Date(e.at)),
        event: authText.auditEvents[e.event] ?? e.event,
        user: e.user ?? '—',
        role: e.role && e.role in authText.roles ? authText.roles[e.role as keyof typeof authText.roles] : '—',
        ip: e.ip,
        path: e.path ?? '',
      }));
      r.setHeader('Cache-Control', 'no-store');
      const frame = {
        title: `${authText.auditTitle} · ${text.siteName}`,
        heading: authText.auditTitle,
        nav: AREAS.map((a) => ({ href: a.path, label: a.label, active: false })),
        back: '/audit',
        bare: true,
        footnote: '',
        csrf: v.csrf,
        account: account(v, '/audit'),
      };
      r.type('html').send(deps.renderer.page('audit', frame, { entries, file: deps.audit.path }));
    } catch (e) {
      next(e);
    }
  });

  return { routes, guard, csrf, record: (req, event, path) => record(req, event, path) };
}
