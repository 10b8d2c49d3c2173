/**
 * `/present`, the 月调度 meeting on a projector: the month view, then one slide per area of
 * the overview with its target panels. No navigation; the stamp and any banner stay on screen.
 */
import type { MetricsResult } from '../../metrics/index.ts';
import type { ChartSize } from '../../report/charts/index.ts';
import { presentText } from '../../messages/present.ts';
import { queryString, type Query } from '../query.ts';
import { AREAS, type Banner } from './frame.ts';
import type { MonthPageView } from './month.ts';
import { warningsView, type WarningsView } from './warnings.ts';
import { TARGET_AREA, targetView, type TargetView } from './targets.ts';

/** Warnings one slide has room for (what to do and where the data is, each). */
const WARNING_SLIDE_MAX = 6;

/** Banner lines a slide has room for beside its content; the rest are counted. */
export const BANNER_LINES = 3;

/**
 * The trend chart's drawing size by how many panels share the slide: drawn near the size it is
 * shown at on a 1280×720 screen, so its labels scale up with the screen instead of shrinking.
 */
const CHART_SIZE: Readonly<Record<number, ChartSize>> = {
  1: { width: 560, height: 360 },
  2: { width: 480, height: 320 },
  3: { width: 420, height: 330 },
};

export interface Slide {
  readonly id: string;
  readonly title: string;
  readonly sub: string;
  /** 2 / 9 */
  readonly counter: string;
  readonly month: MonthPageView | null;
  readonly panels: readonly TargetView[];
  readonly warnings: WarningsView | null;
}

export interface PresentView {
  /** Tells shared partials to leave out their links (nothing is clicked on a projector). */
  readonly kiosk: true;
  readonly seconds: number;
  readonly slides: readonly Slide[];
  readonly leave: { readonly href: string; readonly label: string };
  readonly keys: string;
  readonly banner: Banner | null;
}

export interface PresentInput {
  /** The month view of the slide's month, computed on that month's term. */
  readonly month: MonthPageView;
  /** The term the areas show (the reader's term and as-of). */
  readonly metrics: MetricsResult;
  readonly query: Query;
  readonly seconds: number;
  readonly banner: Banner | null;
}

export function presentView(input: PresentInput): PresentView {
  const { metrics: m } = input;
  const areas = AREAS.flatMap((a) => {
    const targets = m.targets.filter((t) => TARGET_AREA[t.id] === a.area);
    if (targets.length === 0) return [];
    const met = targets.filter((t) => t.status === 'met').length;
    return [{ id: `area-${a.area}`, title: presentText.areaSlide(a.label), sub: presentText.areaMet(met, targets.length), month: null, warnings: null, panels: targets.map((t) => targetView(t, '', 'full', CHART_SIZE[targets.length] ?? CHART_SIZE[3])) }];
  });
  const month = { id: 'month', title: presentText.monthSlide(input.month.label), sub: presentText.monthAsOf(input.month.asOf), month: input.month, panels: [], warnings: null };
  const warnings = warningsView(m, input.query, { max: WARNING_SLIDE_MAX });
  const warningSlide = warnings ? [{ id: 'warnings', title: presentText.warningsSlide, sub: presentText.warningsCount(m.warnings.length), month: null, panels: [], warnings }] : [];
  const slides = [month, ...warningSlide, ...areas];
  return {
    kiosk: true,
    seconds: input.seconds,
    slides: slides.map((s, i) => ({ ...s, counter: presentText.slideOf(i + 1, slides.length) })),
    leave: { href: `/${queryString(input.query)}`, label: presentText.leave },
    keys: presentText.keys,
    banner: shortBanner(input.banner),
  };
}

function shortBanner(b: Banner | null): Banner | null {
  if (!b || b.items.length <= BANNER_LINES) return b;
  return { ...b, items: [...b.items.slice(0, BANNER_LINES), presentText.moreItems(b.items.length - BANNER_LINES)] };
}
