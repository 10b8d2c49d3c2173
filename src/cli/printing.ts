/** The command line's one way to print: the caller's printer or one launched for this command and closed at its end. */
import { PdfError, PdfPrinter } from '../report/pdf/index.ts';
import type { CliIO } from './io.ts';

/**
 * Runs `work` with a printer; a printing failure (no browser, a timeout) is its Chinese reason on
 * stderr, then `hint` when given, and null. The printer it launched is closed whatever happens.
 */
export async function withPrinter<T>(
  given: PdfPrinter | undefined,
  chromePath: string | null,
  io: CliIO,
  work: (printer: PdfPrinter) => Promise<T>,
  hint?: string,
): Promise<T | null> {
  const printer = given ?? new PdfPrinter({ chromePath });
  try {
    return await work(printer);
  } catch (e) {
    if (!(e instanceof PdfError)) throw e;
    io.stderr(e.message);
    if (hint !== undefined) io.stderr(hint);
    return null;
  } finally {
    if (given === undefined) await printer.close();
  }
}
