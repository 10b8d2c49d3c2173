/**
 * The figures of each area: the dashboard's ECharts options (src/report/charts), rendered to
 * vector SVG at the width of an A4 column.
 */
import type { EChartsOption } from 'echarts';
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import {
  archiveChart,
  barListHeight,
  fundsBudgetChart,
  fundsMonthlyChart,
  officePassRateChart,
  participationChart,
  proposalCounts,
  proposalFeedbackChart,
  renderSvg,
  satisfactionChart,
  tasksChart,
} from '../charts/index.ts';
import type { ChartView } from './area.ts';
import type { AreaId } from '../../messages/term-report.ts';

/** Width of the text column in CSS pixels (A4 minus the margins). */
export const CHART_WIDTH = 640;

interface Figure {
  readonly caption: string;
  readonly option: EChartsOption;
  readonly height: number;
}

function figures(area: AreaId, m: MetricsResult): Figure[] {
  switch (area) {
    case 'participation': {
      const n = targetOf(m, 'participation_rate').detail.activities.filter((a) => a.rate !== null).length;
      return n > 0 ? [{ caption: '各项文体活动参与率', option: participationChart(m), height: barListHeight(n, 40) }] : [];
    }
    case 'satisfaction': {
      const n = targetOf(m, 'satisfaction_growth').detail.items.length;
      return n > 0 ? [{ caption: '各题满意率：本学期与上学期', option: satisfactionChart(m), height: barListHeight(n, 46) }] : [];
    }
    case 'archive': {
      const counts = m.archive.materials;
      return counts.length > 0 ? [{ caption: '各类资料归档情况（清单所列活动）', option: archiveChart(counts), height: barListHeight(counts.length, 40) }] : [];
    }
    case 'proposals': {
      const counts = proposalCounts(m.proposals);
      const t = targetOf(m, 'proposal_satisfaction');
      const answered = counts.satisfied + counts.basicallySatisfied + counts.unsatisfied;
      return answered > 0 ? [{ caption: '提案人反馈意见', option: proposalFeedbackChart(counts, t), height: 170 }] : [];
    }
    case 'tasks':
      return m.tasks.length > 0 ? [{ caption: '常规工作按截止月份的完成情况', option: tasksChart(m), height: 260 }] : [];
    case 'offices':
      return targetOf(m, 'office_pass_trend').detail.months.length > 0
        ? [{ caption: '文明办公室各月达标率与各办公室总分', option: officePassRateChart(m), height: 300 }]
        : [];
    case 'funds':
      return [
        ...(m.funds.categories.length > 0
          ? [{ caption: '各科目预算与支出', option: fundsBudgetChart(m), height: barListHeight(m.funds.categories.length, 40) }]
          : []),
        ...(m.funds.months.length > 0 ? [{ caption: '各月支出（按科目）', option: fundsMonthlyChart(m), height: 300 }] : []),
      ];
    default:
      return [];
  }
}

export function areaCharts(area: AreaId, m: MetricsResult): ChartView[] {
  return figures(area, m).map((f, i) => ({
    caption: f.caption,
    svg: renderSvg(f.option, { width: CHART_WIDTH, height: f.height }, { prefix: `${area}${i}` }),
  }));
}

