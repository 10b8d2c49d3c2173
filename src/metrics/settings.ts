/**
 * The 设置 sheet's rows, resolved once into what metrics use. Keys are compared without
 * white space or a trailing unit in brackets; a value that cannot be read is an error at
 * its cell and the default is kept.
 */
import type { LedgerIssue } from '../ingest/issues.ts';
import { makeIssue } from '../ingest/issues.ts';
import type { SettingRecord } from '../ingest/records.ts';
import { parseDate, parseNumber, parsePercent, parseSatisfiedFrom } from '../ingest/values/index.ts';
import { parseTermId, type TermId } from '../term/term.ts';
import { parseWorkingMonths } from './working-months.ts';
import { kindSettingSheet, settingKeyOf, type SettingKey } from '../ingest/ledgers/settings/keys.ts';

export interface EvaluationWeights {
  readonly completion: number;
  readonly compliance: number;
  readonly satisfaction: number;
  readonly innovation: number;
}

export interface MetricsSettings {
  readonly school: string | null;
  readonly term: TermId | null;
  readonly termStart: string | null;
  readonly termEnd: string | null;
  /** Calendar month numbers; null = the term's default. */
  readonly workingMonths: readonly number[] | null;
  /** 文明办公室达标分: an office passes with a total ≥ this. */
  readonly officePassScore: number;
  /** 青年教师年龄: younger than this at term start is young. */
  readonly youngAge: number;
  /** 满意度口径: answers ≥ this count as satisfied. */
  readonly satisfiedFrom: number;
  readonly weights: EvaluationWeights;
  /** The committee's own 创新性 score, 0–100, with its notes. */
  readonly innovation: { readonly score: number; readonly notes: string | null } | null;
  /** 最小分组人数: a breakdown's group of fewer people is not shown on its own to committee and viewer. */
  readonly minGroup: number;
  /** 提案答复期限 (days after submission, or after the 教代会 when no date is given). */
  readonly proposalReplyDays: number;
  /** 预警工作日: warn about a month's missing activity or evaluation with this many working days left. */
  readonly warnWorkingDays: number;
}

export const DEFAULT_SETTINGS: MetricsSettings = {
  school: null,
  term: null,
  termStart: null,
  termEnd: null,
  workingMonths: null,
  officePassScore: 90,
  youngAge: 35,
  satisfiedFrom: 4,
  weights: { completion: 25, compliance: 25, satisfaction: 25, innovation: 25 },
  innovation: null,
  minGroup: 5,
  proposalReplyDays: 30,
  warnWorkingDays: 5,
};

type Draft = { -readonly [K in keyof MetricsSettings]: MetricsSettings[K] } & { innovationNotes: string | null };

/** Reads one setting into the draft; false = the value could not be read. */
type Apply = (s: SettingRecord, d: Draft) => boolean;

const number = (s: SettingRecord, min: number, max: number): number | null => {
  const p = parseNumber(s.raw);
  return p.ok && p.value !== null && p.value >= min && p.value <= max ? p.value : null;
};

/** A weight: 30, 30%, 0.3 (relative, so 0.3 and 30 mean the same). */
const weight = (s: SettingRecord): number | null => {
  const n = parseNumber(s.raw);
  if (n.ok && n.value !== null) return n.value >= 0 ? n.value : null;
  const p = parsePercent(s.raw);
  return p.ok && p.value.op === null && p.value.value >= 0 ? p.value.value * 100 : null;
};

const setWeight =
  (k: keyof EvaluationWeights): Apply =>
  (s, d) => {
    const w = weight(s);
    if (w !== null) d.weights = { ...d.weights, [k]: w };
    return w !== null;
  };

const date =
  (k: 'termStart' | 'termEnd'): Apply =>
  (s, d) => {
    const p = parseDate(s.raw, d.term ? { term: d.term } : {});
    if (p.ok) d[k] = p.value;
    return p.ok;
  };

const SETTINGS: Readonly<Record<SettingKey, Apply>> = {
  school: (s, d) => ((d.school = s.value.trim() || null), true),
  term: (s, d) => ((d.term = parseTermId(s.value)), d.term !== null),
  termStart: date('termStart'),
  termEnd: date('termEnd'),
  workingMonths: (s, d) => ((d.workingMonths = parseWorkingMonths(s.value)), d.workingMonths !== null),
  officePassScore: (s, d) => {
    const n = number(s, 0, 1000);
    if (n !== null) d.officePassScore = n;
    return n !== null;
  },
  youngAge: (s, d) => {
    const n = number(s, 1, 100);
    if (n !== null) d.youngAge = n;
    return n !== null;
  },
  satisfiedFrom: (s, d) => {
    const n = parseSatisfiedFrom(s.value);
    if (n !== null) d.satisfiedFrom = n;
    return n !== null;
  },
  completionWeight: setWeight('completion'),
  complianceWeight: setWeight('compliance'),
  satisfactionWeight: setWeight('satisfaction'),
  innovationWeight: setWeight('innovation'),
  innovation: (s, d) => innovation(s, d),
  innovationNotes: (s, d) => ((d.innovationNotes = s.value.trim() || null), true),
  minGroup: (s, d) => {
    const n = number(s, 1, 1000);
    if (n !== null && Number.isInteger(n)) d.minGroup = n;
    return n !== null && Number.isInteger(n);
  },
  proposalReplyDays: (s, d) => {
    const n = number(s, 1, 366);
    if (n !== null && Number.isInteger(n)) d.proposalReplyDays = n;
    return n !== null && Number.isInteger(n);
  },
  warnWorkingDays: (s, d) => {
    const n = number(s, 0, 23);
    if (n !== null && Number.isInteger(n)) d.warnWorkingDays = n;
    return n !== null && Number.isInteger(n);
  },
};

function innovation(s: SettingRecord, d: Draft): boolean {
  if (s.value.trim() === '') return true;
  const n = number(s, 0, 100);
  if (n !== null) d.innovation = { score: n, notes: null };
  return n !== null;
}

/** 学期 is read first: it gives year-less 学期开始/学期结束 their year. */
const order = (s: SettingRecord) => (settingKeyOf(s.key) === 'term' ? 0 : 1);

export function resolveSettings(rows: readonly SettingRecord[]): { settings: MetricsSettings; issues: LedgerIssue[] } {
  const d: Draft = { ...DEFAULT_SETTINGS, innovationNotes: null };
  const issues: LedgerIssue[] = [];
  for (const s of [...rows].sort((a, b) => order(a) - order(b))) {
    const key = settingKeyOf(s.key);
    if (!key) {
      // 表类型：<表名> rows name a sheet's kind; ingest reads them
      if (kindSettingSheet(s.key) === null) issues.push(makeIssue(s.ref, 'unknown_setting', { text: s.key }));
      continue;
    }
    if (s.value.trim() === '' && key !== 'school') continue;
    if (!SETTINGS[key](s, d)) issues.push(makeIssue(s.ref, 'bad_setting', { key: s.key, text: s.value }));
  }
  const { innovationNotes, ...settings } = d;
  return {
    settings: settings.innovation ? { ...settings, innovation: { ...settings.innovation, notes: innovationNotes } } : settings,
    issues,
  };
}
