/**
 * Early warnings (预警): each rule on a school whose figures are worked out by hand, as of a
 * Friday with four working days left in April 2026 (27–30 April).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { monthView } from '../../src/metrics/index.ts';
import { metricsFor, removeLedgers, settings, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const STAFF = ['张敏', '李强', '王丽', '赵刚'];

const LEDGERS: Ledgers = {
  设置: settings(),
  教职工名册: [['姓名', '部门'], ...STAFF.map((n) => [n, '语文组'])],
  活动台账: [
    ['活动名称', '日期', '类别'],
    ['三月学习', '2026-03-10', '理论学习'],
    ['三月培训', '2026-03-20', '干部培训'],
    ['四月学习', '2026-04-10', '理论学习'],
    ['春季登山', '2026-04-12', '文体活动'],
  ],
  // 1 of 4 came: 25%, below the 85% target
  活动签到: [['活动名称', '日期', '姓名', '签到'], ...STAFF.map((n, i) => ['春季登山', '2026-04-12', n, i === 0 ? '√' : '×'])],
  // February scored, March not, April not yet
  文明办公室评比: [['办公室', '月份', '总分'], ['语文组', '2月', 90], ['数学组', '2月', 92]],
  经费收支明细: [
    ['日期', '摘要', '科目', '支出'],
    ['2026-04-12', '登山', '文体活动支出', 920],
    ['2026-04-15', '慰问', '慰问支出', 600],
    ['2026-04-16', '培训', '培训费', 100],
  ],
  经费预算: [['科目', '预算金额'], ['文体活动支出', 1000], ['慰问支出', 500], ['培训费', 1000]],
  教代会提案: [
    ['提案号', '案由', '承办部门', '提交日期', '答复日期', '办理状态', '反馈意见'],
    ['01', '关于食堂增加早餐品种的建议', '后勤处', '2026-03-01', null, '办理中', null],
    ['02', '关于改善办公室照明的建议', '后勤处', '2026-03-01', '2026-03-20', '已答复', '满意'],
    ['03', '关于增设母婴室的建议', '工会', '2026-04-10', null, '办理中', null],
  ],
  工作台账: [
    ['工作事项', '负责人', '截止日期', '完成情况'],
    ['经费公开', '王丽', '2026-04-24', '进行中'],
    ['五一慰问', '李强', '2026-05-01', '未开始'],
    ['体检安排', '张敏', '2026-05-02', '未开始'],
    ['春季总结', '赵刚', '2026-04-26', '已完成'],
  ],
  督办事项: [
    ['事项', '责任人', '提出日期', '期限', '状态', '销号日期'],
    ['食堂意见反馈', '王丽', '2026-03-27', '2026-04-20', '办理中', null],
    ['场地协调', '李强', '2026-03-27', '2026-04-10', '已销号', '2026-04-08'],
    ['运动会筹备', '张敏', '2026-03-27', '2026-04-30', '办理中', null],
  ],
};

const AS_OF = '2026-04-24';

describe('early warnings', () => {
  it('say what is about to go wrong, each once, in Chinese, with what to do and where the data is', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: AS_OF });
    expect(metrics.warnings.map((w) => w.key)).toEqual([
      'cadre_training_due:2026-04',
      'office_scores_due:2026-04',
      'office_scores_missed:2026-03',
      'fund_near_budget:文体活动支出',
      'fund_over_budget:慰问支出',
      'proposal_reply_late:01 关于食堂增加早餐品种的建议',
      'task_due_soon:经费公开|2026-04-24',
      'task_due_soon:五一慰问|2026-05-01',
      'participation_low:2026-04',
      'decision_overdue:食堂意见反馈|2026-03-27',
    ]);
    const text = Object.fromEntries(metrics.warnings.map((w) => [w.key, w.text]));
    expect(text['cadre_training_due:2026-04']).toBe('4月还没有工会干部培训，本月只剩 4 个工作日');
    expect(text['fund_near_budget:文体活动支出']).toBe('经费科目“文体活动支出”已支出 ¥920.00，达到预算 ¥1,000.00 的 92.0%');
    expect(text['fund_over_budget:慰问支出']).toBe('经费科目“慰问支出”已支出 ¥600.00，超出预算 ¥500.00');
    // submitted 1 March, 30 days to reply: due 31 March, 24 days late on 24 April
    expect(text['proposal_reply_late:01 关于食堂增加早餐品种的建议']).toBe('提案“01 关于食堂增加早餐品种的建议”尚未答复，已超过答复期限（3月31日）24 天');
    expect(text['task_due_soon:经费公开|2026-04-24']).toBe('工作“经费公开”今天（4月24日）到期，还没有完成');
    expect(text['task_due_soon:五一慰问|2026-05-01']).toBe('工作“五一慰问”7 天后（5月1日）到期，还没有完成');
    expect(text['participation_low:2026-04']).toBe('本学期截至目前的文体活动参与率为 25.0%，低于 85% 的目标');
    expect(text['decision_overdue:食堂意见反馈|2026-03-27']).toBe('督办事项“食堂意见反馈”已过期限（4月20日）4 天，尚未销号');
    for (const w of metrics.warnings) {
      expect(w.action.length).toBeGreaterThan(10);
      expect(w.where).toMatch(/^“.+”（工会台账\.xlsx › .+）$/);
      // no staff member is named in a warning (the 责任人 of a task or decision among them)
      for (const name of STAFF) expect(`${w.text}${w.action}`).not.toContain(name);
    }
  });

  it('wait while a month has more working days left than 预警工作日, and keep their keys from day to day', async () => {
    const early = await metricsFor(LEDGERS, { asOf: '2026-04-10' });
    expect(early.metrics.warnings.map((w) => w.code)).not.toContain('cadre_training_due');
    expect(early.metrics.warnings.map((w) => w.code)).not.toContain('office_scores_due');
    const fewer = await metricsFor({ ...LEDGERS, 设置: settings(['预警工作日', 2]) }, { asOf: AS_OF });
    expect(fewer.metrics.warnings.map((w) => w.code)).not.toContain('cadre_training_due');
    const later = await metricsFor(LEDGERS, { asOf: '2026-04-28' });
    expect(later.metrics.warnings.find((w) => w.code === 'cadre_training_due')).toMatchObject({ key: 'cadre_training_due:2026-04', text: '4月还没有工会干部培训，本月只剩 2 个工作日' });
  });

  it('go once the thing is done: a training held, a task finished, a decision closed', async () => {
    const done: Ledgers = {
      ...LEDGERS,
      活动台账: [...LEDGERS['活动台账']!, ['四月培训', '2026-04-23', '干部培训']],
      工作台账: [LEDGERS['工作台账']![0]!, ['经费公开', '王丽', '2026-04-24', '已完成']],
      督办事项: [LEDGERS['督办事项']![0]!, ['食堂意见反馈', '王丽', '2026-03-27', '2026-04-20', '已销号', '2026-04-23']],
      教代会提案: [LEDGERS['教代会提案']![0]!, ['01', '关于食堂增加早餐品种的建议', '后勤处', '2026-03-01', '2026-04-02', '已答复', null]],
    };
    const { metrics } = await metricsFor(done, { asOf: AS_OF });
    const codes = metrics.warnings.map((w) => w.code);
    for (const gone of ['cadre_training_due', 'task_due_soon', 'decision_overdue', 'proposal_reply_late']) expect(codes).not.toContain(gone);
  });
});

describe('the decision log in the month view', () => {
  it('counts what was closed and raised since the last meeting before the month, and what is overdue by the view’s day', async () => {
    const ledgers: Ledgers = {
      ...LEDGERS,
      督办事项: [
        ['事项', '责任人', '提出日期', '期限', '状态', '销号日期'],
        ['体检安排', '李强', '2026-02-26', '2026-03-10', '已销号', '2026-03-09'],
        ['食堂意见反馈', '王丽', '2026-03-27', '2026-04-20', '办理中', null],
        ['场地协调', '李强', '2026-03-27', '2026-04-10', '已销号', '2026-04-08'],
        ['运动会筹备', '张敏', '2026-04-24', '2026-05-15', '办理中', null],
        ['五月慰问', '张敏', '2026-05-27', '2026-06-10', '办理中', null],
      ],
    };
    const { metrics } = await metricsFor(ledgers, { asOf: '2026-04-30' });
    const v = monthView(metrics, '2026-04').decisions;
    // the last meeting before April raised items on 27 March
    expect(v.since).toBe('2026-03-27');
    expect(v.closed.map((d) => d.item)).toEqual(['场地协调']);
    expect(v.added.map((d) => d.item)).toEqual(['运动会筹备']);
    expect(v.overdue.map((d) => d.item)).toEqual(['食堂意见反馈']);
    expect(v.open.map((d) => d.item)).toEqual(['运动会筹备']);
    // 五月慰问 was raised after the view's day: not known yet
    expect(metrics.decisions.map((d) => d.item)).not.toContain('五月慰问');
    const march = monthView(metrics, '2026-03').decisions;
    expect(march.since).toBe('2026-02-26');
    expect(march.closed.map((d) => d.item)).toEqual(['体检安排']);
    expect(march.added.map((d) => d.item)).toEqual(['食堂意见反馈', '场地协调']);
  });
});

describe('期中自查: what is left by the term’s end', () => {
  it('names the months still to hold a training in, the answers owed, the budget left', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: AS_OF });
    const todo = Object.fromEntries(metrics.remaining.map((x) => [x.id, x.text]));
    expect(metrics.remaining.map((x) => x.id)).toEqual(metrics.targets.map((t) => t.id));
    // April has no training yet; May and June are to come (working months 2–6 of the second term)
    expect(todo['cadre_training']).toBe('还需 3 次（4月、5月、6月各一次）');
    // April already has its study session
    expect(todo['monthly_study']).toBe('还需 2 次（5月、6月各一次）');
    expect(todo['office_monthly']).toBe('还需评选 3 次（4月、5月、6月）');
    // 1 of 4 present = 25%: 60 points short of 85%
    expect(todo['participation_rate']).toBe('还差 60.0 个百分点：后续文体活动提前通知、错开时间，出席率需高于 85%');
    expect(todo['proposal_satisfaction']).toBe('2 件提案待办理答复并征求提案人意见');
    // budgets 1000 + 500 + 1000, left 80 + 0 + 900; 慰问支出 is over
    expect(todo['budget_within']).toBe('预算余额 ¥980.00；已超支：慰问支出，需调整预算或说明');
  });
});
