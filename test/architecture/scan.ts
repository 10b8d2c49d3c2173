/**
 * A small scanner of TypeScript source for the architecture tests: string and template
 * literals (with their line), import specifiers, comments and regular expressions skipped.
 */
export interface Literal {
  readonly line: number;
  readonly text: string;
}

const REGEX_BEFORE = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', '']);
const REGEX_KEYWORDS = /(?:^|[^\w$])(return|typeof|case|in|of|void|delete|throw|new|else|do)$/;

/** Every string literal and every template literal's text parts, in order. */
export function literals(source: string): Literal[] {
  const out: Literal[] = [];
  let line = 1;
  let prev = '';
  let i = 0;
  const n = source.length;
  const templates: number[] = []; // brace depth at each open `${`
  let depth = 0;
  const readString = (q: string) => {
    const start = line;
    let text = '';
    i++;
    while (i < n && source[i] !== q) {
      if (source[i] === '\\') {
        text += source[i]! + (source[i + 1] ?? '');
        i += 2;
        continue;
      }
      if (source[i] === '\n') line++;
      text += source[i++];
    }
    i++;
    out.push({ line: start, text });
  };
  const readTemplate = () => {
    // from just after ` or } of ${…}, up to the closing ` or the next ${
    const start = line;
    let text = '';
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') {
        text += c + (source[i + 1] ?? '');
        i += 2;
        continue;
      }
      if (c === '`') {
        i++;
        out.push({ line: start, text });
        return;
      }
      if (c === '$' && source[i + 1] === '{') {
        i += 2;
        out.push({ line: start, text });
        templates.push(depth);
        depth++;
        return;
      }
      if (c === '\n') line++;
      text += c;
      i++;
    }
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i += 2;
      while (i < n && !(source[i] === '*' && source[i + 1] === '/')) {
        if (source[i] === '\n') line++;
        i++;
      }
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      readString(c);
      prev = 'x';
      continue;
    }
    if (c === '`') {
      i++;
      readTemplate();
      prev = 'x';
      continue;
    }
    if (c === '/' && (REGEX_BEFORE.has(prev) || REGEX_KEYWORDS.test(source.slice(Math.max(0, i - 12), i).trimEnd()))) {
      // a regular expression literal: skip it, classes included
      i++;
      let inClass = false;
      while (i < n && (inClass || source[i] !== '/')) {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        i++;
      }
      i++;
      while (/[a-z]/.test(source[i] ?? '')) i++;
      prev = 'x';
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      depth--;
      if (templates.length && templates[templates.length - 1] === depth) {
        templates.pop();
        i++;
        readTemplate();
        prev = 'x';
        continue;
      }
    }
    prev = /[\w$)\]]/.test(c) ? 'x' : c;
    i++;
  }
  return out;
}

/** The module specifiers a file imports (static and dynamic). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}
