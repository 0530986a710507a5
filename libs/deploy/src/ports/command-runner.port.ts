export interface CommandOutcome {
  ok: boolean;
  /** null when the process was killed by a signal (e.g. the timeout). */
  exitCode: number | null;
  timedOut: boolean;
  /** stdout followed by stderr, as an admin would read them. */
  output: string;
  ms: number;
}

export interface CommandRunner {
  run(
    argv: readonly string[],
    options: { timeoutMs: number; env: Record<string, string> },
  ): Promise<CommandOutcome>;
}
