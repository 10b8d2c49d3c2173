/**
 * Handlebars templates of the dashboard, compiled once per app (its own Handlebars
 * environment, no global registrations). Views get plain data with every figure already
 * formatted; the templates only place it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { text } from '../messages/server.ts';
import type { Frame } from './view-model/frame.ts';

export const VIEWS_DIR = fileURLToPath(new URL('./views/', import.meta.url));

export type PageName =
  | 'overview'
  | 'participation'
  | 'offices'
  | 'funds'
  | 'satisfaction'
  | 'proposals'
  | 'tasks'
  | 'archive'
  | 'mentoring'
  | 'review'
  | 'month'
  | 'quality'
  | 'login'
  | 'audit'
  | 'error';

export interface AssetUrls {
  readonly css: string;
  readonly js: string;
  readonly echarts: string;
  /** The projector mode's own stylesheet and script (over dashboard.css and dashboard.js). */
  readonly presentCss: string;
  readonly presentJs: string;
}

/** A frame for pages that have no data behind them (errors before the first read). */
export type PageFrame = Frame | (Partial<Frame> & Pick<Frame, 'title' | 'heading' | 'nav' | 'back'>);

export interface Renderer {
  page(name: PageName, frame: PageFrame, view: object): string;
  /** A template that is a whole document of its own, without the layout's chrome (the projector mode). */
  document(name: 'present', frame: PageFrame, view: object): string;
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

export function createRenderer(assets: AssetUrls, dir = VIEWS_DIR): Renderer {
  const hbs = Handlebars.create();
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.hbs')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    const name = file.slice(0, -4);
    if (name.startsWith('_')) hbs.registerPartial(camel(name.slice(1)), hbs.compile(source, { preventIndent: true }));
    else pages.set(name, hbs.compile(source, { preventIndent: true }));
  }
  const layout = pages.get('layout');
  if (!layout) throw new Error(`no layout.hbs in ${dir}`);
  const options = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
  return {
    page(name, frame, view) {
      const template = pages.get(name);
      if (!template) throw new Error(`no template ${name}.hbs`);
      const body = template(view, options);
      return layout({ frame, body, assets, siteName: text.siteName }, options);
    },
    document(name, frame, view) {
      const template = pages.get(name);
      if (!template) throw new Error(`no template ${name}.hbs`);
      return template({ ...view, frame, assets, siteName: text.siteName }, options);
    },
  };
}
