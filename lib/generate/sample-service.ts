// "Try an operation" for a stored project: the sample request from its current spec.
import { invalid } from "../errors";
import { currentSpec, specText } from "../specs-store/store";
import { sampleOperation, type OperationSample } from "./sample";

export async function sampleProjectOperation(
  projectId: string,
  method: unknown,
  path: unknown,
): Promise<OperationSample> {
  if (typeof method !== "string" || !method)
    throw invalid("Choose an operation: method is missing", { field: "method" });
  if (typeof path !== "string" || !path.startsWith("/"))
    throw invalid("Choose an operation: path must start with /", { field: "path" });
  const spec = await currentSpec(projectId);
  if (!spec) throw invalid("Upload the API spec first.", { field: "spec" });
  const { text } = await specText(projectId, spec.version);
  return sampleOperation(text, spec.index, method, path);
}
