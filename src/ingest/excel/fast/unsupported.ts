/**
 * Thrown when the fast reader meets something it does not give a meaning to: inline text
 * beside a formula or a value, or on a t="str" cell. The caller then reads the file with
 * exceljs instead (given only parts proven within the limits): never a guess. What is damaged
 * or not what Excel writes is not this but WorkbookUnreadable (../damage.ts), never retried.
 */
export class FastReaderUnsupported extends Error {
  override readonly name = 'FastReaderUnsupported';
}

export function unsupported(what: string): never {
  throw new FastReaderUnsupported(what);
}
