/**
 * `?kiosk=1` on a page opens the projector mode (/present) on what that page shows: the
 * month of a month page, the term and as-of date of the others.
 */
import type { RequestHandler } from 'express';

const KEPT = ['term', 'as_of', 'seconds'] as const;

/** `pages`: the paths of the dashboard's pages (the month pages are known without them). */
export function kioskRedirect(pages: readonly string[]): RequestHandler {
  const known = new Set(pages);
  return (req, res, next) => {
    const month = /^\/month(?:\/([^/]+))?$/.exec(req.path);
    if (req.method !== 'GET' || req.query['kiosk'] !== '1' || !(known.has(req.path) || month)) return next();
    const keep = new URLSearchParams();
    for (const name of KEPT) {
      const v = req.query[name];
      if (typeof v === 'string' && v !== '') keep.set(name, v);
    }
    if (month?.[1]) keep.set('month', month[1]);
    const qs = keep.toString();
    res.redirect(302, `/present${qs ? `?${qs}` : ''}`);
  };
}
