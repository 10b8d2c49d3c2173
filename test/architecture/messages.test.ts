/**
 * One message catalogue that is a leaf: every sentence a user reads is in src/messages, and
 * src/messages imports nothing but itself. Words the chair types, which the ingester must
 * recognise, are data, not sentences: they stay in the vocabulary modules listed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_SEVERITY } from '../../src/ingest/issue-severity.ts';
import { ACTIVITY_CATEGORIES, FEEDBACKS, GENDERS, STAFF_STATUSES } from '../../src/ingest/records.ts';
import { issueText } from '../../src/messages/issues.ts';
import { importsOf, literals, type Literal } from './scan.ts';

const ROOT = join(import.meta.dirname, '../..');
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;

/** Vocabulary modules: the words the chair types, which the ingester must recognise. */
const VOCABULARY: readonly { readonly glob: string; readonly why: string }[] = [
  { glob: 'src/ingest/columns.ts', why: 'column names' },
  { glob: 'src/ingest/values/**', why: "the value parsers' word tables: marks, categories, scales…" },
  { glob: 'src/ingest/records.ts', why: 'the domain enum values' },
  { glob: 'src/ingest/ledgers/*/index.ts', why: "each ledger kind's keywords, required columns and template headers/choices" },
  { glob: 'src/ingest/ledgers/settings/keys.ts', why: 'setting keys' },
  { glob: 'src/ingest/table/structural.ts', why: '合计/小计 words' },
  { glob: 'src/ingest/legacy/sheetjs.ts', why: "Excel's built-in East Asian number-format codes, given to SheetJS" },
  { glob: 'src/ingest/ledgers/examples.ts', why: "the template's example rows (sample data the readers also recognise)" },
];

/**
 * Temporarily exempt: other people are editing these files on other branches. They will be
 * swept into src/messages after the merge; remove each line then.
 */
const PENDING_ELSEWHERE: readonly string[] = [];

/** Canonical values compared against anywhere (`a.category === '文体活动'`): allowed as whole literals. */
const DOMAIN_VALUES: ReadonlySet<string> = new Set([...ACTIVITY_CATEGORIES, ...STAFF_STATUSES, ...GENDERS, ...FEEDBACKS]);

/** `*` is one path segment, `**` any number of them. */
const globRegex = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`);
const matchesAny = (path: string, globs: readonly string[]) => globs.some((g) => globRegex(g).test(path));

const sourceFiles = (dir: string): string[] =>
  (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Literals a user would read: CJK text that is not exactly a domain value. */
const sentences = (source: string): Literal[] => literals(source).filter((l) => CJK.test(l.text) && !DOMAIN_VALUES.has(l.text));

/** Files whose literals must not be sentences. */
const checked = (path: string) =>
  !path.startsWith('src/messages/') && !matchesAny(path, VOCABULARY.map((v) => v.glob)) && !matchesAny(path, PENDING_ELSEWHERE);

describe('src/messages is a leaf', () => {
  it.each(sourceFiles('src/messages'))('%s imports only other files of src/messages', (path) => {
    const outside = importsOf(read(path)).filter((spec) => !/^\.\/[\w-]+\.ts$/.test(spec));
    expect(outside).toEqual([]);
  });
});

describe('every sentence a user reads is in src/messages', () => {
  it('no Chinese literal outside src/messages but in vocabulary modules and domain values', () => {
    const found = sourceFiles('src')
      .filter(checked)
      .flatMap((path) => sentences(read(path)).map((l) => `${path}:${l.line} ${JSON.stringify(l.text)}`));
    expect(found).toEqual([]);
  });

  it('the check can fail: a label in a view model is found, a domain value is not', () => {
    expect(sentences("const x = '参与率';").map((l) => l.text)).toEqual(['参与率']);
    expect(sentences("a.category === '文体活动'")).toEqual([]);
    expect(checked('src/server/view-model/funds.ts')).toBe(true);
    expect(checked('src/ingest/values/mark.ts')).toBe(false);
    expect(checked('src/ingest/ledgers/funds/index.ts')).toBe(false);
  });
});

describe('issue codes', () => {
  it('every issue code has a severity and a text, and no severity or text lacks a code', () => {
    expect(Object.keys(ISSUE_SEVERITY).sort()).toEqual(Object.keys(issueText).sort());
    for (const text of Object.values(issueText)) expect(typeof text).toBe('function');
  });
});
