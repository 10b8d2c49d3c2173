/** `/participation`: 文体活动 per activity and by department, who has not taken part, and the monthly study and training. */
import { privacyText } from '../../messages/privacy.ts';
import { targetOf, type MetricsResult, type MonthlyDetail } from '../../metrics/index.ts';
import { barListHeight, departmentParticipationChart, meets, participationChart } from '../../report/charts/index.ts';
import { dateZh, monthZh, percent } from '../../messages/format.ts';
import { blanks, joined, pageText } from '../../messages/pages.ts';
import { STATUS_COLOUR, STATUS_WORD } from '../../report/status.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetPanels, type TargetView } from './targets.ts';

/** How a blank 部门 on the roster is shown. */
const NO_DEPARTMENT = blanks.department;

interface NonParticipant {
  readonly name: string;
  readonly department: string;
  /** Counted activities the person was eligible for. */
  readonly eligible: number;
  readonly excused: number;
}

interface RateCell {
  readonly text: string;
  readonly word: string;
  readonly colour: string;
}

export interface ParticipationView {
  readonly panels: readonly TargetView[];
  readonly chart: ChartBlock | null;
  readonly activities: readonly { name: string; date: string; range: string; eligible: number; present: number; excused: number; absent: number; rate: RateCell }[];
  readonly excluded: readonly { name: string; date: string }[];
  readonly departmentChart: ChartBlock | null;
  readonly departments: readonly { department: string; eligible: number; present: number; rate: RateCell }[];
  readonly nonParticipantCount: number;
  /** In place of the list when the viewer may not see names. */
  readonly namesHidden: string | null;
  /** When small groups are merged for this viewer. */
  readonly groupsNote: string | null;
  readonly nonParticipants: readonly NonParticipant[];
  readonly allActivities: readonly { name: string; date: string; category: string; range: string; signIns: string }[];
  readonly monthly: readonly { month: string; study: string; training: string; studyMissing: boolean; trainingMissing: boolean; studyInProgress: boolean; trainingInProgress: boolean }[];
}

export function participationView(m: MetricsResult): ParticipationView {
  const t = targetOf(m, 'participation_rate');
  const ref = t;
  const rate = (r: number | null): RateCell => {
    if (r === null) return { text: '—', word: STATUS_WORD.no_data, colour: STATUS_COLOUR.no_data };
    const s = meets(r, ref) ? 'met' : 'not_met';
    return { text: percent(r), word: STATUS_WORD[s], colour: STATUS_COLOUR[s] };
  };
  const acts = t.detail.activities;
  const departments = m.participation.by_department.map((d) => ({ ...d, department: d.merged ? privacyText.mergedGroups(d.merged) : (d.department ?? NO_DEPARTMENT) }));
  const hidden = m.privacy && !m.privacy.names ? m.privacy.hidden.absentees : null;
  const byMonth = (d: MonthlyDetail) => new Map(d.by_month.map((r) => [r.month, r.activities.map((a) => a.name)]));
  const [studyDetail, trainingDetail] = [targetOf(m, 'monthly_study').detail, targetOf(m, 'cadre_training').detail];
  const study = byMonth(studyDetail);
  const training = byMonth(trainingDetail);
  const studyMissing = new Set(studyDetail.months_without);
  const trainingMissing = new Set(trainingDetail.months_without);
  const months = [...new Set([...study.keys(), ...training.keys()])].sort();
  return {
    panels: targetPanels(m, ['participation_rate', 'monthly_study', 'cadre_training']),
    chart: acts.length ? chartBlock('participation-activities', pageText.participation.chart, participationChart(m), { width: 860, height: barListHeight(acts.length, 44) }) : null,
    activities: acts.map((a) => ({ ...a, date: dateZh(a.date), rate: rate(a.rate) })),
    excluded: t.detail.excluded.map((a) => ({ name: a.name, date: dateZh(a.date) })),
    departmentChart: departments.length
      ? chartBlock('participation-departments', pageText.participation.departmentChart, departmentParticipationChart(departments, ref), {
          width: 860,
          height: barListHeight(departments.length, 36),
        })
      : null,
    departments: departments.map((d) => ({ ...d, rate: rate(d.rate) })),
    nonParticipants: m.participation.absentees.map((p) => ({ ...p, department: p.department ?? NO_DEPARTMENT })),
    nonParticipantCount: hidden ?? m.participation.absentees.length,
    namesHidden: hidden !== null && hidden > 0 ? privacyText.namesHidden(hidden) : null,
    groupsNote: m.privacy?.min_group ? privacyText.smallGroupsNote(m.privacy.min_group) : null,
    allActivities: m.activities.map((a) => ({
      name: a.name,
      date: dateZh(a.date),
      category: a.category,
      range: a.range,
      signIns: a.records > 0 ? pageText.participation.attendees(a.attendees) : blanks.signIn,
    })),
    monthly: months.map((month) => ({
      month: monthZh(month),
      study: joined(study.get(month) ?? []) || '—',
      training: joined(training.get(month) ?? []) || '—',
      studyMissing: studyMissing.has(month),
      trainingMissing: trainingMissing.has(month),
      studyInProgress: studyDetail.months_in_progress.includes(month) && !study.get(month)?.length,
      trainingInProgress: trainingDetail.months_in_progress.includes(month) && !training.get(month)?.length,
    })),
  };
}
