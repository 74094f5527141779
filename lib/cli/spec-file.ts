// Reads a spec file for a command: refuses one over the size limit before reading it, then ingests it as an upload would.
import "server-only";
import { stat } from "node:fs/promises";
import { AppError, invalid } from "../errors";
import { ingestSpec, specSizeProblem } from "../spec/ingest";
import type { IngestSuccess } from "../spec/types";
import { readTextFile } from "./files";

export async function readSpecFile(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw invalid(`cannot read ${file}: ${reason}`, { file });
  }
  const tooLarge = specSizeProblem(size, { fileName: file });
  if (tooLarge) throw new AppError("too_large", tooLarge.message, [tooLarge]);
  return readTextFile(file);
}

/** The ingested spec, or an AppError listing why the file cannot be used. */
export async function ingestSpecFile(file: string): Promise<IngestSuccess> {
  const result = await ingestSpec(await readSpecFile(file), { fileName: file });
  if (!result.ok) throw new AppError("invalid_input", `${file} cannot be used as an OpenAPI spec`, result.errors);
  return result;
}
