/** The robots' markdown subset as a 飞书 post (富文本): one paragraph per line, text and link nodes. */

export type PostNode = { readonly tag: 'text'; readonly text: string } | { readonly tag: 'a'; readonly text: string; readonly href: string };
export type PostParagraph = readonly PostNode[];

const LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;

/** A line without its markdown marks: heading hashes, bold stars, font tags. */
const plain = (s: string) =>
  s
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/<\/?font[^>]*>/gi, '');

function paragraph(line: string): PostParagraph {
  const nodes: PostNode[] = [];
  let at = 0;
  const text = plain(line);
  for (const m of text.matchAll(LINK)) {
    if (m.index > at) nodes.push({ tag: 'text', text: text.slice(at, m.index) });
    nodes.push({ tag: 'a', text: m[1] || (m[2] ?? ''), href: m[2] ?? '' });
    at = m.index + m[0].length;
  }
  if (at < text.length || nodes.length === 0) nodes.push({ tag: 'text', text: text.slice(at) });
  return nodes;
}

export const markdownToPost = (markdown: string): PostParagraph[] => markdown.split('\n').map(paragraph);
