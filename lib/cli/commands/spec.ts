// `ib spec upload|versions|diff|operations`: a project's spec versions (lib/specs-store/store.ts).
import { basename } from "node:path";
import { positiveIntegerText } from "../../body";
import { invalid } from "../../errors";
import { fetchDocument } from "../../http/document";
import { operationKey } from "../../spec/diff";
import { specMaxBytes } from "../../spec/ingest";
import type { OperationIndex } from "../../spec/types";
import {
  currentSpecOperations,
  OPERATIONS_PAGE_MAX,
  parseOperationsQuery,
  specOverview,
} from "../../specs-store/operations";
import { diffSpecVersions, latestSpecDiff, listSpecVersions, uploadSpec } from "../../specs-store/store";
import type { SpecDiff } from "../../specs-store/model";
import { defineCommand, listText } from "../command";
import { formatProblems } from "../io";
import { readSpecFile } from "../spec-file";

const operationLine = (operation: OperationIndex) =>
  `${operationKey(operation)}${operation.operationId ? `  ${operation.operationId}` : ""}${operation.summary ? `  — ${operation.summary}` : ""}`;

function diffText(diff: SpecDiff | null): string {
  if (!diff) return "Fewer than two versions: nothing to compare.";
  const lines = [`changes from version ${diff.from} to ${diff.to}:`];
  for (const operation of diff.added) lines.push(`  + ${operationKey(operation)}`);
  for (const operation of diff.removed) lines.push(`  - ${operationKey(operation)}`);
  for (const change of diff.changed) lines.push(`  ~ ${operationKey(change.after)}: ${change.changes.join("; ")}`);
  if (lines.length === 1) lines.push("  no operation changed");
  return lines.join("\n");
}

// The same check as the spec diff route's ?from=&to=.
const specVersion = (value: string | undefined, field: string) =>
  positiveIntegerText(value, field, "a spec version number");

export const specUpload = defineCommand({
  name: "spec upload",
  usage: "PROJECT_ID FILE|URL",
  positionals: 2,
  async run({ positionals: [projectId, file] }) {
    const document = /^https?:\/\//i.test(file)
      ? await fetchDocument(file, specMaxBytes(), "FILE|URL")
      : { fileName: basename(file), text: await readSpecFile(file) };
    const { spec, diff } = await uploadSpec(projectId, document);
    const lines = [
      `${spec.fileName}: version ${spec.version} — ${spec.title || "(untitled)"} ${spec.index.version} (OpenAPI ${spec.oasVersion})`,
      `operations: ${spec.index.operations.length}, webhooks: ${spec.index.webhooks.length}, security schemes: ${spec.index.securitySchemes.length}`,
    ];
    if (spec.warnings.length) lines.push(`warnings (${spec.warnings.length}):\n${formatProblems(spec.warnings)}`);
    if (diff) lines.push(diffText(diff));
    return { result: { spec: specOverview(spec), diff }, text: lines.join("\n") };
  },
});

export const specVersions = defineCommand({
  name: "spec versions",
  usage: "PROJECT_ID",
  positionals: 1,
  async run({ positionals: [projectId] }) {
    const versions = await listSpecVersions(projectId);
    const lines = versions.map(
      (version) =>
        `v${version.version}  ${version.createdAt}  ${version.fileName}  ${version.operationCount} operations, ${version.warningCount} warnings`,
    );
    return { result: { versions }, text: listText(lines, "No spec uploaded yet.") };
  },
});

export const specDiff = defineCommand({
  name: "spec diff",
  usage: "PROJECT_ID [--from N --to M]",
  options: { from: { type: "string" }, to: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [projectId] }) {
    const latest = values.from === undefined && values.to === undefined;
    const diff = latest
      ? await latestSpecDiff(projectId)
      : await diffSpecVersions(projectId, specVersion(values.from, "from"), specVersion(values.to, "to"));
    return { result: { diff }, text: diffText(diff) };
  },
});

export const specOperations = defineCommand({
  name: "spec operations",
  usage: `PROJECT_ID [--search WORDS] [--offset N] [--limit N (at most ${OPERATIONS_PAGE_MAX})]`,
  options: { search: { type: "string" }, offset: { type: "string" }, limit: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [projectId] }) {
    const page = await currentSpecOperations(projectId, parseOperationsQuery(values));
    if (!page) throw invalid(`Project ${projectId} has no spec yet: upload one with ib spec upload.`);
    const shown = page.operations.length
      ? `\n${page.offset + 1}–${page.offset + page.operations.length} of ${page.matched}${page.search ? ` matching (${page.total} in all)` : ""}`
      : "";
    return {
      result: page,
      text: `${listText(page.operations.map(operationLine), "No operation matches.")}${shown}`,
    };
  },
});
