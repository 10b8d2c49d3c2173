/**
 * Target status in words and colour. Colours from the Okabe–Ito palette, which stays
 * distinct for colour-blind readers; the word always goes with the colour.
 */
import { statusLabels, type Status } from '../metrics/index.ts';

export type { Status };
export const STATUS_WORD: Record<Status, string> = statusLabels;
export const STATUS_MARK: Record<Status, string> = { met: '✔', not_met: '✘', no_data: '—' };
export const STATUS_COLOUR: Record<Status, string> = { met: '#0072B2', not_met: '#D55E00', no_data: '#7A7A7A' };

/** Series colours for charts (Okabe–Ito). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const TARGET_LINE_COLOUR = '#D55E00';

export { OP_SYMBOL } from '../messages/format.ts';
