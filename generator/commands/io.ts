/** Where a command writes; tests pass their own. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

/** Exit codes: 0 ok, 1 the input or generation failed (or `check` found stale files), 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
