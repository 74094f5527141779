// The connection options `ib run` and `ib certify` share: `--connection FILE` or `--base-url URL [--set KEY=VALUE]...`.
import type { BundleConnectionSource } from "../bundle/run";
import { invalid } from "../errors";
import { parseAssignments } from "./command";
import { readJsonFile } from "./files";

export const CONNECTION_OPTIONS = {
  connection: { type: "string" },
  "base-url": { type: "string" },
  set: { type: "string", multiple: true },
} as const;

export const CONNECTION_USAGE = "(--connection FILE | --base-url URL [--set KEY=VALUE]...)";

export async function connectionSource(values: {
  connection?: string;
  "base-url"?: string;
  set?: string[];
}): Promise<BundleConnectionSource> {
  if (!values.connection === !values["base-url"])
    throw invalid("Give exactly one of --connection FILE or --base-url URL.", { field: "connection" });
  if (values.connection && values.set?.length)
    throw invalid("--set goes with --base-url; put parameter values in the connection file.", { field: "set" });
  return values.connection
    ? { kind: "config", config: await readJsonFile(values.connection) }
    : { kind: "baseUrl", baseUrl: values["base-url"]!, values: parseAssignments(values.set, "set") };
}
