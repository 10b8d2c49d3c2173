/** A proposer's feedback on how a proposal was handled. */
import type { Scalar } from '../model.ts';
import type { Feedback } from '../records.ts';
import { lookupKey, wordTable } from './lookup.ts';
import { fail, ok, type Parsed } from './result.ts';
import { isBlank } from './text.ts';

const FEEDBACK = wordTable<Feedback>([
  ['满意', ['满意', '非常满意', '很满意']],
  ['基本满意', ['基本满意', '比较满意', '较满意']],
  ['不满意', ['不满意', '很不满意', '非常不满意']],
]);

/** Blank → null (no feedback yet). */
export function parseFeedback(v: Scalar): Parsed<Feedback | null> {
  if (isBlank(v)) return ok(null);
  const feedback = FEEDBACK.get(lookupKey(v).replace(/[。.!！]+$/u, ''));
  return feedback === undefined ? fail('bad_feedback') : ok(feedback);
}
