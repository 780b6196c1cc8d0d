/** The service version, reported by `/health`, the CLI and the report's methodology appendix. */
export const VERSION = '0.1.0';
