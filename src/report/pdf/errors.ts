/** Why a PDF could not be printed; `message` is the Chinese sentence for the user. */
export type PdfErrorCode =
  | 'browser_not_found'
  | 'chrome_path_missing'
  | 'browser_launch_failed'
  | 'browser_gone'
  | 'print_timeout'
  | 'font_failed'
  | 'print_failed';

export class PdfError extends Error {
  override readonly name = 'PdfError';

  constructor(
    readonly code: PdfErrorCode,
    message: string,
    options?: { cause?: unknown; tried?: readonly string[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.tried = options?.tried ?? [];
  }

  /** Browser paths looked at, for `browser_not_found`. */
  readonly tried: readonly string[];
}
