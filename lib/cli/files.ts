// Reading and writing the files commands take: errors name the file, and a JSON syntax error its line and column.
import "server-only";
import { readFile, writeFile } from "node:fs/promises";
import { AppError, invalid } from "../errors";
import { parseJsonText } from "../spec/parse";

export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw invalid(`cannot read ${file}: ${reason}`, { file });
  }
}

export async function readJsonFile(file: string): Promise<unknown> {
  const parsed = parseJsonText(await readTextFile(file), file);
  if (!parsed.ok) throw new AppError("invalid_input", `${file} is not valid JSON`, parsed.errors);
  return parsed.document;
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  try {
    await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, "utf8");
  } catch (error) {
    throw invalid(`cannot write ${file}: ${(error as Error).message}`, { file });
  }
}

/** Runs `action` on a document read from `file`; problems it reports without a file are located in that file. */
export async function fromFile<T>(file: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const problems = error.problems.map((problem) => ({ ...problem, location: { file, ...problem.location } }));
    throw new AppError(error.code, error.message, problems);
  }
}

export async function writeTextFile(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, "utf8");
  } catch (error) {
    throw invalid(`cannot write ${file}: ${(error as Error).message}`, { file });
  }
}
