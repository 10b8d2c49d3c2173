/**
 * Thrown when the fast reader meets something it does not read (zip64, an odd encoding,
 * overlapping merges…). The caller then reads the file with exceljs instead: never a guess.
 */
export class FastReaderUnsupported extends Error {
  override readonly name = 'FastReaderUnsupported';
}

export function unsupported(what: string): never {
  throw new FastReaderUnsupported(what);
}
