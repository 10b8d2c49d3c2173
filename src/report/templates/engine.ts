/**
 * The reports' Handlebars templates, compiled once in an environment of their own. Every
 * value is escaped except chart SVG, which the templates insert with triple braces.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { MonthBriefView } from '../month/model.ts';
import type { PackView } from '../pack/model.ts';
import type { TermReportView } from '../term/model.ts';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

const hbs = Handlebars.create();
for (const partial of ['table', 'block', 'signoff', 'target-lines', 'rubric']) hbs.registerPartial(partial, read(`partials/${partial}.hbs`));

const compile = <T>(name: string) => hbs.compile<T>(read(name), { noEscape: false, preventIndent: true });

export const templates = {
  term: compile<TermReportView>('term.hbs'),
  month: compile<MonthBriefView>('month.hbs'),
  pack: compile<PackView>('pack.hbs'),
};

/** The stylesheet shared by the reports. */
export const reportCss = read('report.css');

/** The evidence pack's additions to the shared stylesheet. */
export const packCss = read('pack.css');
