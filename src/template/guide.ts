/** The 说明 sheet: how to fill the template, then one paragraph per sheet. */
import { templateText } from '../messages/template.ts';
import { SHEET_LAYOUTS } from './layouts.ts';

export interface GuideLine {
  readonly text: string;
  readonly style: 'title' | 'heading' | 'body';
}

export const GUIDE_LINES: readonly GuideLine[] = [
  { text: templateText.title, style: 'title' },
  { text: templateText.howTo, style: 'heading' },
  ...templateText.general.map((text): GuideLine => ({ text, style: 'body' })),
  { text: templateText.sheets, style: 'heading' },
  ...SHEET_LAYOUTS.map((s): GuideLine => ({ text: templateText.sheetLine(s.name, s.guide), style: 'body' })),
];
