// Output helpers shared by every `ib` command.
import { AppError, describeLocation, type ProblemDetail } from "../errors";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

export function formatProblems(problems: ProblemDetail[]): string {
  return problems
    .map((problem) => {
      const where = describeLocation(problem.location);
      return where ? `  ${where}: ${problem.message}` : `  ${problem.message}`;
    })
    .join("\n");
}

/** Prints an error the way every command does: JSON when asked, else a readable list. Returns exit code 1. */
export function reportFailure(io: CliIo, error: unknown, json: boolean): number {
  const appError =
    error instanceof AppError ? error : new AppError("internal", (error as Error).message ?? String(error));
  if (json) printJson(io, { ok: false, code: appError.code, errors: appError.problems });
  else io.err(`error: ${appError.message}\n${formatProblems(appError.problems)}`);
  return 1;
}
