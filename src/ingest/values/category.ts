/** Activity categories and eligible ranges (参加范围), as defined in metrics.md. */
import type { Scalar } from '../model.ts';
import type { ActivityCategory, EligibleRange } from '../records.ts';
import { cellText, normalizeHeader, normalizeName } from './text.ts';

/** The canonical categories with the synonyms metrics.md lists, in its table order. */
export const CATEGORY_SYNONYMS: readonly (readonly [ActivityCategory, readonly string[]])[] = [
  ['理论学习', ['学习', '政治学习', '集中学习', '专题学习']],
  ['师德建设', ['师德', '师德师风']],
  ['主题活动', ['主题教育']],
  ['文体活动', ['文体', '体育活动', '文艺活动', '健身活动', '文娱活动']],
  ['干部培训', ['业务培训', '工会干部培训', '干部学习']],
  ['民主管理', ['教代会', '校务公开', '民主评议']],
  ['关爱慰问', ['慰问', '送温暖', '走访']],
  ['榜样选树', ['评选', '评优', '表彰']],
  ['其他', ['其它']],
];

export interface CategoryResult {
  readonly category: ActivityCategory;
  /** False for blank or unrecognised text (counted as 其他; the caller warns). */
  readonly known: boolean;
}

const OTHER: CategoryResult = { category: '其他', known: false };

/**
 * Exact canonical name or synonym first; then text containing a canonical name
 * ("文体活动（羽毛球）"); then the longest synonym it contains, when no other category ties.
 */
export function parseCategory(v: Scalar): CategoryResult {
  const text = normalizeHeader(cellText(v));
  if (text === '') return OTHER;
  for (const [category, synonyms] of CATEGORY_SYNONYMS) {
    if (text === category || synonyms.includes(text)) return { category, known: true };
  }
  const full = normalizeName(cellText(v));
  const canonical = CATEGORY_SYNONYMS.filter(([category]) => category !== '其他' && full.includes(category));
  if (canonical.length === 1) return { category: canonical[0]![0], known: true };
  if (canonical.length > 1) return OTHER;
  return longestSynonym(full);
}

function longestSynonym(text: string): CategoryResult {
  let best: { category: ActivityCategory; length: number; tie: boolean } | null = null;
  for (const [category, synonyms] of CATEGORY_SYNONYMS) {
    for (const word of synonyms) {
      if (category === '其他' || !text.includes(word)) continue;
      if (best === null || word.length > best.length) best = { category, length: word.length, tie: false };
      else if (word.length === best.length && category !== best.category) best.tie = true;
    }
  }
  return best === null || best.tie ? OTHER : { category: best.category, known: true };
}

export interface RangeResult {
  readonly range: EligibleRange;
  /** False when the text is neither a defined range nor a roster department (treated as all). */
  readonly known: boolean;
}

type FixedRange = Exclude<EligibleRange, { kind: 'department' }>;

/** The word for everyone: how a blank 参加范围 reads. */
export const ALL_RANGE = '全体';

const RANGE_WORDS: readonly (readonly [FixedRange, readonly string[]])[] = [
  [{ kind: 'all' }, [ALL_RANGE, '全体教职工', '全校教职工', '全员', '全体教师', '全校', '全体会员', '全体工会会员', '全体职工']],
  [{ kind: 'female' }, ['女教职工', '女职工', '女教师', '女', '女教工', '女同志', '女性']],
  [{ kind: 'male' }, ['男教职工', '男职工', '男教师', '男', '男教工', '男同志', '男性']],
  [{ kind: 'young' }, ['青年教师', '青年', '青年教职工', '青年职工']],
  [{ kind: 'retired' }, ['退休教职工', '退休', '离退休', '退休教师', '离退休教职工', '退休职工', '退休人员', '离退休人员']],
];

function fixedRange(text: string): FixedRange | undefined {
  return RANGE_WORDS.find(([, words]) => words.includes(text))?.[0];
}

/**
 * Blank or 全体 → all; 女/男/青年/退休 groups (also after 全体/全校: "全校女教师");
 * a roster department (compared normalised) → that department; anything else → all, unknown.
 */
export function parseRange(v: Scalar, departments: readonly string[]): RangeResult {
  const name = normalizeName(cellText(v));
  if (name === '') return { range: { kind: 'all' }, known: true };
  const text = normalizeHeader(name);
  const fixed = fixedRange(text) ?? fixedRange(text.replace(/^(?:全体|全校)/u, ''));
  if (fixed) return { range: fixed, known: true };
  const department = departments.find((d) => normalizeName(d) === name) ?? departments.find((d) => normalizeHeader(d) === text);
  if (department !== undefined) return { range: { kind: 'department', department }, known: true };
  return { range: { kind: 'all' }, known: false };
}
