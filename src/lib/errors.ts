// One error type for every way extraction can give up, so that the popup and the CLI can map a
// `code` to a clear message (SECURITY.md R22, G1, G2, G8) instead of showing a stack trace.

export type LecternErrorCode = 'too-large' | 'not-html' | 'no-article' | 'parse-failed';

export class LecternError extends Error {
  readonly code: LecternErrorCode;

  constructor(code: LecternErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LecternError';
    this.code = code;
  }
}

export function isLecternError(err: unknown): err is LecternError {
  return err instanceof LecternError;
}
