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
import { areaText, type AreaId } from '../../messages/term-areas.ts';

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
      return n > 0 ? [{ caption: areaText.participation.chart, option: participationChart(m), height: barListHeight(n, 40) }] : [];
    }
    case 'satisfaction': {
      const n = targetOf(m, 'satisfaction_growth').detail.items.length;
      return n > 0 ? [{ caption: areaText.satisfaction.chart(m.term.kind), option: satisfactionChart(m), height: barListHeight(n, 46) }] : [];
    }
    case 'archive': {
      const counts = m.archive.materials;
      return counts.length > 0 ? [{ caption: areaText.archive.chart, option: archiveChart(counts), height: barListHeight(counts.length, 40) }] : [];
    }
    case 'proposals': {
      const counts = proposalCounts(m.proposals);
      const t = targetOf(m, 'proposal_satisfaction');
      const answered = counts.satisfied + counts.basicallySatisfied + counts.unsatisfied;
      return answered > 0 ? [{ caption: areaText.proposals.chart, option: proposalFeedbackChart(counts, t), height: 170 }] : [];
    }
    case 'tasks':
      return m.tasks.length > 0 ? [{ caption: areaText.tasks.chart, option: tasksChart(m), height: 260 }] : [];
    case 'offices':
      return targetOf(m, 'office_pass_trend').detail.months.length > 0
        ? [{ caption: areaText.offices.chart, option: officePassRateChart(m), height: 300 }]
        : [];
    case 'funds':
      return [
        ...(m.funds.categories.length > 0
          ? [{ caption: areaText.funds.budgetChart, option: fundsBudgetChart(m), height: barListHeight(m.funds.categories.length, 40) }]
          : []),
        ...(m.funds.months.length > 0 ? [{ caption: areaText.funds.monthlyChart, option: fundsMonthlyChart(m), height: 300 }] : []),
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

