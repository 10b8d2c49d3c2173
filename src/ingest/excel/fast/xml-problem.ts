/**
 * XML that is not well-formed, or not what its part may hold: thrown by the scanners,
 * which do not know which part they read; `inPart` names the part (and sheet) for the chair.
 */
import type { IssueParams } from '../../../messages/issues.ts';
import { WorkbookUnreadable, type Where } from '../damage.ts';

type Params = IssueParams<'source_xml_invalid'>;
export type Problem = Params['problem'];
export type PartKind = Params['part'];

export class XmlProblem extends Error {
  override readonly name = 'XmlProblem';

  constructor(
    readonly problem: Problem,
    readonly detail?: string,
    readonly cell?: string,
  ) {
    super(problem);
  }

  /** The same problem, at a cell. */
  at(cell: string): XmlProblem {
    return this.cell === undefined ? new XmlProblem(this.problem, this.detail, cell) : this;
  }
}

export function malformed(problem: Problem, detail?: string): never {
  throw new XmlProblem(problem, detail);
}

/** Runs `read` over one part: its XML problems, and its other findings without a place, are placed in that part. */
export function inPart<T>(part: PartKind, sheet: string | undefined, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const where: Where = sheet === undefined ? {} : { sheet };
    if (e instanceof XmlProblem) {
      const params = e.detail === undefined ? { part, problem: e.problem } : { part, problem: e.problem, detail: e.detail };
      throw new WorkbookUnreadable('source_xml_invalid', params, e.cell === undefined ? where : { ...where, cell: e.cell });
    }
    if (e instanceof WorkbookUnreadable) throw e.at(where);
    throw e;
  }
}
