/**
 * The blank template's grey example rows: one small made-up school, consistent across the
 * sheets and dated inside the term. The template writes them; the readers recognise a row
 * still equal to one of them and leave it out (an untouched template is no data, not a term).
 */
import type { LedgerKind } from '../kinds.ts';
import type { DateCell } from '../model.ts';
import { makeTerm, previousTermId, termLabel, type TermId } from '../../term/term.ts';
import { monthZh } from '../../messages/format.ts';

export type ExampleValue = string | number | DateCell | null;
export type ExampleRow = readonly ExampleValue[];

const date = (iso: string): DateCell => ({ kind: 'date', date: iso });

const SPORTS = '教职工趣味运动会';
const STUDY = '师德师风专题学习';
const YOUNG = '张晓燕';
const SENIOR = '李明';

/** Two example rows per data ledger, in its template columns' order. */
export function exampleRows(termId: TermId): Readonly<Partial<Record<LedgerKind, readonly ExampleRow[]>>> {
  const term = makeTerm(termId);
  const previous = termLabel(previousTermId(termId));
  const startYear = Number(term.start.slice(0, 4));
  const month = (i: number): string => term.workingMonths[i] ?? term.start.slice(0, 7);
  const [m1, m2, m3] = [month(0), month(1), month(2)];
  const sportsDay = `${m2}-17`;
  const studyDay = `${m2}-24`;
  const examples = (...rows: ExampleRow[]): readonly ExampleRow[] => rows;

  return {
    roster: examples(
      ['T001', YOUNG, '女', date(`${startYear - 28}-05-12`), '语文组', '在职', '是'],
      ['T002', SENIOR, '男', date(`${startYear - 50}-09-20`), '数学组', '在职', '否'],
    ),
    activities: examples(
      [SPORTS, date(sportsDay), '文体活动', '全体', '学校操场', SENIOR],
      [STUDY, date(studyDay), '师德建设', '全体', '学校会议室', YOUNG],
    ),
    participation: examples([SPORTS, date(sportsDay), YOUNG, '√'], [SPORTS, date(sportsDay), SENIOR, '请假']),
    offices: examples(
      ['语文组办公室', monthZh(m2), 24, 23, 23, 24, 94],
      ['数学组办公室', monthZh(m2), 22, 22, 23, 21, 88],
    ),
    funds: examples(
      [date(sportsDay), '记-012', '趣味运动会奖品', '文体活动支出', null, 1200, SPORTS],
      [date(studyDay), '记-015', '师德学习资料印刷', '教育活动支出', null, 350.5, STUDY],
    ),
    budget: examples(['文体活动支出', 8000], ['教育活动支出', 3000]),
    survey: examples(
      [term.label, '语文组', '非常满意', '满意', '满意', '非常满意', '基本满意'],
      [previous, '数学组', '满意', '基本满意', '满意', '基本满意', '不满意'],
    ),
    proposals: examples(
      ['01', '关于改善教职工午餐质量的建议', SENIOR, '总务处', '已办结', date(`${m3}-15`), '满意'],
      ['02', '关于增设教职工健身器材的建议', YOUNG, '工会', '办理中', null, null],
    ),
    archive: examples([SPORTS, date(sportsDay), '√', '√', '√', '√'], [STUDY, date(studyDay), '√', '√', '√', '缺']),
    tasks: examples(
      ['制定本学期工会工作计划', SENIOR, date(`${m1}-28`), '已完成', date(`${m1}-26`)],
      [`组织${SPORTS}`, YOUNG, date(sportsDay), '进行中', null],
    ),
    mentoring: examples([YOUNG, SENIOR, previous], [YOUNG, SENIOR, term.label]),
    decisions: examples(
      ['落实教职工体检安排', SENIOR, date(`${m1}-25`), `${monthZh(m1, true)}月调度会`, date(`${m2}-15`), '已销号', date(`${m2}-10`), null],
      ['筹备教职工趣味运动会', YOUNG, date(`${m2}-03`), `${monthZh(m2, true)}月调度会`, date(sportsDay), '办理中', null, null],
    ),
    rubric: examples(
      ['履行职能', '开展丰富多彩的文体活动，教职工参与率高', 5, '参与率85%以上得满分，每低1个百分点扣0.5分', '基本', '≥85%得满分，每低1%扣0.5分', '文体活动参与率', null, null],
      ['自身建设', '台帐资料齐全，并定期装订归档', 5, '资料归档规范率×分值', '基本', null, '资料归档清单', null, null],
    ),
  };
}
