// Plans actions over a spec's text: ingests it as an upload would (errors with their locations), then plans.
import { AppError } from "../errors";
import { ingestSpec } from "../spec/ingest";
import { parseSpecText } from "../spec/parse";
import { type ActionPlan, planActions } from "./plan";

export async function planActionsFromText(text: string, fileName?: string): Promise<ActionPlan> {
  const ingested = await ingestSpec(text, { fileName });
  if (!ingested.ok)
    throw new AppError("invalid_input", `${fileName ?? "the spec"} cannot be used as an OpenAPI spec`, ingested.errors);
  const parsed = await parseSpecText(text, fileName);
  if (!parsed.ok) throw new AppError("invalid_input", "the spec cannot be parsed", parsed.errors);
  return planActions(parsed.document, ingested.index);
}
