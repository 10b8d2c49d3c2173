/**
 * A rubric item's 计分方式, as the chair writes it, into a typed rule. Ingest keeps what the
 * rule refers to (a target's label, a ledger's name) as text; metrics resolves it.
 *
 *   ≥85%得满分，每低1%扣0.5分        threshold: full marks at 85%, 0.5 off per point below
 *   ≥90:4;70-89:2;60-69:1;<60:0      bands (percent → points)
 *   每月一次 / 每月一次，每缺1个月扣1分  share of working months that had it (or points off per month missed)
 *   否决:<60%                         veto when the figure is below 60%
 *   资料归档清单                      a bare reference: the figure's share of full marks
 *   文体活动参与率：≥85%得满分…       a reference, then the rule
 */
import { parsePercent } from './percent.ts';
import { fail, ok, type Parsed } from './result.ts';

/** A band of a banded rule: from `min` (a fraction; null = no lower bound) on, `score` points. */
export interface RubricBand {
  readonly min: number | null;
  /** `>` rather than `≥`. */
  readonly strict: boolean;
  readonly score: number;
}

export type RubricRule =
  /** Full marks from `full` on; `deduct` points off per `step` (fractions: 0.01 = one percentage point) below. */
  | { readonly kind: 'threshold'; readonly full: number; readonly step: number; readonly deduct: number }
  | { readonly kind: 'bands'; readonly bands: readonly RubricBand[] }
  /** Every working month: the share of months that had it, or `perMissing` points off per month without. */
  | { readonly kind: 'monthly'; readonly perMissing: number | null }
  /** The figure (a rate) times the item's points. */
  | { readonly kind: 'share' }
  /** The assessment fails outright when the figure is below `below` (at or below when `inclusive`). */
  | { readonly kind: 'veto'; readonly below: number; readonly inclusive: boolean };

export interface ParsedRubricRule {
  /** Null: scored by hand. */
  readonly rule: RubricRule | null;
  /** What the rule text names as its figure (文体活动参与率, 资料归档清单), or null. */
  readonly source: string | null;
}

const MANUAL = new Set(['人工', '手工', '人工评分', '手工评分', '人工打分', '查阅资料', '查台账', '现场查看', '酌情', '酌情计分', '自评', '手动']);

const NUM = String.raw`\d+(?:\.\d+)?`;
const SEP = /[;；,，、]/u;
const THRESHOLD = new RegExp(
  String.raw`^(?:达到|≥|>=|不低于)?(${NUM})(%?)(?:及以上|以上)?(?:的?得满分|满分|得全分)[;；,，]?每(?:低|少|降低|下降)(${NUM})?(?:%|个百分点|个点|百分点)扣(${NUM})分$`,
  'u',
);
const MONTHLY = new RegExp(
  String.raw`^每(?:个)?月(?:至少|均)?(?:开展|组织|召开|举行|参加)?(?:一|1)次(?:以上)?(?:[;；,，]?每?(?:缺|少)(?:一|1)(?:个月|月|次)扣(${NUM})分)?$`,
  'u',
);
const VETO = /^(?:一票)?否决(?:项)?[:：]?(.+)$/u;
const BAND = new RegExp(String.raw`^(.+?)(?:[:：=]|得|计)(${NUM})分?$`, 'u');
const RANGE = new RegExp(String.raw`^(${NUM})%?[-~—–至到](${NUM})%?$`, 'u');
/** A reference names a figure: no digits, signs or scoring words. */
const LOOKS_LIKE_RULE = /[0-9≥≤<>=%:：;；]|扣|得分|满分|每月|否决/u;
/** A reference before a colon may name a monthly target (工会干部每月业务培训：每月一次). */
const NOT_A_NAME = /[0-9≥≤<>=%;；]|扣|得分|满分|否决/u;

const fraction = (n: number, percent: boolean): number => (percent || n > 1 ? Number((n / 100).toPrecision(12)) : n);

function band(text: string): RubricBand | null {
  const m = BAND.exec(text);
  if (!m) return null;
  const score = Number(m[2]);
  const cond = m[1]!;
  const range = RANGE.exec(cond);
  if (range) return { min: fraction(Number(range[1]), true), strict: false, score };
  const p = parsePercent(cond);
  if (!p.ok) return null;
  const v = p.value.value;
  switch (p.value.op) {
    case '>=':
    case '=':
      return { min: v, strict: false, score };
    case '>':
      return { min: v, strict: true, score };
    case '<':
    case '<=':
      return { min: null, strict: false, score };
    default:
      return null;
  }
}

function bands(text: string): RubricRule | null {
  const parts = text.split(SEP).filter((p) => p !== '');
  if (parts.length < 2) return null;
  const out: RubricBand[] = [];
  for (const p of parts) {
    const b = band(p);
    if (!b) return null;
    out.push(b);
  }
  // Highest lower bound first; the band without one last.
  out.sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));
  return { kind: 'bands', bands: out };
}

function veto(cond: string): RubricRule | null {
  const p = parsePercent(cond);
  if (!p.ok || (p.value.op !== '<' && p.value.op !== '<=' && p.value.op !== null)) return null;
  return { kind: 'veto', below: p.value.value, inclusive: p.value.op === '<=' };
}

/** The rule alone, without a reference before it. */
function body(s: string): RubricRule | null {
  const v = VETO.exec(s);
  if (v) return veto(v[1]!);
  const t = THRESHOLD.exec(s);
  if (t) {
    const step = t[3] === undefined ? 1 : Number(t[3]);
    return { kind: 'threshold', full: fraction(Number(t[1]), t[2] === '%'), step: Number((step / 100).toPrecision(12)), deduct: Number(t[4]) };
  }
  const m = MONTHLY.exec(s);
  if (m) return { kind: 'monthly', perMissing: m[1] === undefined ? null : Number(m[1]) };
  return bands(s);
}

/** Blank or a manual word → scored by hand; text that is neither a rule nor a reference fails with `bad_rubric_rule`. */
export function parseRubricRule(text: string): Parsed<ParsedRubricRule> {
  const s = text.normalize('NFKC').replace(/\s+/gu, '');
  if (s === '' || MANUAL.has(s)) return ok({ rule: null, source: null });
  const whole = body(s);
  if (whole) return ok({ rule: whole, source: null });
  const colon = /^([^:：]+)[:：](.+)$/u.exec(s);
  if (colon && !NOT_A_NAME.test(colon[1]!)) {
    const rest = body(colon[2]!);
    return rest ? ok({ rule: rest, source: colon[1]! }) : fail('bad_rubric_rule');
  }
  if (!LOOKS_LIKE_RULE.test(s)) return ok({ rule: { kind: 'share' }, source: s });
  return fail('bad_rubric_rule');
}
