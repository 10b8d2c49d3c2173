/** The briefing as a robot's markdown: a title line, the body cut to the limit, the dashboard link last. */
import { robotText } from '../../messages/notify-channels.ts';
import { shortenLines } from './shorten.ts';
import type { Briefing } from './types.ts';

/** The robot title: the subject, with the robot's 自定义关键词 added when the subject lacks it. */
export const robotTitle = (subject: string, keyword: string | undefined): string =>
  keyword && !subject.includes(keyword) ? robotText.titleWithKeyword(subject, keyword) : subject;

export const linkLine = (link: string): string => `[${robotText.linkLabel}](${link})`;

/** The markdown with a heading when it has none. */
export const withHeading = (markdown: string, title: string): string => (/^\s*#/.test(markdown) ? markdown : `# ${title}\n\n${markdown}`);

/**
 * The message text that `fits`: the markdown under `heading` (none for a robot whose message
 * has a title of its own), shortened at a line if need be, and, when the
 * briefing has one, the link to the dashboard as the last line.
 */
export function fitMarkdown(briefing: Briefing, heading: string | null, fits: (text: string) => boolean): { readonly text: string; readonly shortened: boolean } {
  const link = briefing.link ? `\n\n${linkLine(briefing.link)}` : '';
  const cut = shortenLines((heading === null ? briefing.markdown : withHeading(briefing.markdown, heading)).trimEnd(), (candidate) => fits(candidate + link), robotText.restElsewhere);
  return { text: cut.text + link, shortened: cut.shortened };
}
