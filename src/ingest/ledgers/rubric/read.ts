import type { Field } from '../../columns.ts';
import type { CellRef } from '../../records.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { parseNumber, parseRubricRule, parseRubricType } from '../../values/index.ts';
import { issueWords } from '../../../messages/issues.ts';
import type { ReadEnv } from '../env.ts';

const quoted = (t: string) => (t === '' ? issueWords.blank : t);
const short = (n: number) => String(Number(n.toPrecision(12)));

/**
 * One item a row. A 一级指标 written once (or merged down) belongs to the rows below it; a row
 * with only a 一级指标 is its heading. What cannot be read is warned at its cell and the item
 * stays, to be scored by hand.
 */
export function readRubric(ctx: SheetContext, env: ReadEnv): RowAccount {
  let dimension: string | null = null;
  const number = (r: number, field: Field): { value: number | null; bad: boolean; col: number | undefined } => {
    const col = ctx.col(field);
    if (col === undefined) return { value: null, bad: false, col };
    const p = parseNumber(ctx.valueAt(r, col));
    return p.ok ? { value: p.value, bad: false, col } : { value: null, bad: true, col };
  };
  return readRows(ctx, {
    row(r) {
      const dim = ctx.optionalText(r, 'rubricDimension');
      if (dim !== null) dimension = dim.trim();
      if (dim !== null && ctx.optionalText(r, 'rubricItem') === null) return 'skipped';
      const item = ctx.requiredText(r, 'rubricItem').trim();

      const parsedType = parseRubricType(ctx.value(r, 'rubricType'));
      if (!parsedType.ok) ctx.issue(r, ctx.col('rubricType') ?? null, 'bad_rubric_type', { text: ctx.text(r, 'rubricType') });
      const ruleText = ctx.optionalText(r, 'rubricRule');
      const parsedRule = parseRubricRule(ruleText ?? '');
      if (!parsedRule.ok) ctx.issue(r, ctx.col('rubricRule') ?? null, 'bad_rubric_rule', { text: ruleText ?? '' });
      const sourceColumn = ctx.optionalText(r, 'rubricSource');
      // A 数据来源 without a 计分方式: the figure's share of the points.
      const rule = parsedRule.ok ? (parsedRule.value.rule ?? (sourceColumn !== null && ruleText === null ? { kind: 'share' as const } : null)) : null;
      // A 否决 rule makes a veto item whatever its 类型 says: it has no points of its own.
      const type = rule?.kind === 'veto' ? 'veto' : ((parsedType.ok ? parsedType.value : null) ?? 'basic');

      const points = number(r, 'rubricMax');
      let max = points.value;
      if (max === null && type === 'veto' && !points.bad) max = 0;
      if (max === null || max < 0) {
        ctx.issue(r, points.col ?? null, 'bad_rubric_max', { text: quoted(ctx.text(r, 'rubricMax')) });
        max = null;
      }

      const self = number(r, 'selfScore');
      let selfScore = self.value === null ? null : Math.max(0, self.value);
      if (self.bad) ctx.issue(r, self.col ?? null, 'bad_self_score', { text: ctx.text(r, 'selfScore') });
      if (selfScore !== null && max !== null && selfScore > max) {
        ctx.issue(r, self.col ?? null, 'self_score_over_max', { text: short(selfScore), max: short(max) });
        selfScore = max;
      }
      const ruleCol = ctx.col('rubricRule');
      const refAt = (col: number | undefined): CellRef | null => (col === undefined ? null : ctx.ref(r, col));
      env.sink.rubric.push({
        ref: ctx.ref(r, ctx.col('rubricItem')),
        dimension,
        item,
        max,
        criteria: ctx.optionalText(r, 'rubricCriteria'),
        type,
        rule,
        ruleText,
        ruleRef: refAt(ruleCol),
        source: sourceColumn ?? (parsedRule.ok ? parsedRule.value.source : null),
        selfScore,
        selfScoreRef: selfScore === null ? null : refAt(self.col),
        reviewScore: number(r, 'reviewScore').value,
      });
      return 'used';
    },
  });
}
