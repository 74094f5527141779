// Certification runs of a stored project through one of its connections; each report is kept (the newest few per
// project), so the Validate and submit tab and the submission gate can show and check the last one.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "../accounts/actor";
import { requireProjectPermission } from "../access/grants";
import { bodyObject, optionalStringField } from "../body";
import { exportProject } from "../bundle/project";
import { getConnection, resolveConnection } from "../connections/store";
import { db } from "../db/client";
import { invalid } from "../errors";
import { withHelperConfigValues } from "../flows/config-values";
import { openRunLog } from "../project-log/run-log";
import { getProject } from "../projects/service";
import { CERTIFY_CASES } from "./cases";
import type { CertifyReport, StoredCertification } from "./report";
import { runCertification } from "./runner";

/** Reports kept per project; older ones are pruned as new ones arrive. */
export const KEPT_RUNS = 10;
/** A stored report larger than this keeps its cases and messages but drops the calls' traces. */
const MAX_REPORT_BYTES = 2 * 1024 * 1024;

type KeptReport = CertifyReport & { tracesOmitted?: boolean };

function boundedReport(report: CertifyReport): KeptReport {
  if (Buffer.byteLength(JSON.stringify(report)) <= MAX_REPORT_BYTES) return report;
  const cases = report.cases.map((entry) => ({ ...entry, calls: entry.calls.map((call) => ({ ...call, trace: [] })) }));
  return { ...report, cases, tracesOmitted: true };
}

/**
 * Runs every certification case over the project's ON action flows through `connectionId`, and keeps the report.
 * Its cases create, change and delete records through every verb, so it needs the project's admin role.
 */
export async function certifyProject(
  projectId: string,
  input: unknown,
  options: { actor?: Actor } = {},
): Promise<StoredCertification> {
  await requireProjectPermission(options.actor, projectId, "certify");
  const connectionId = optionalStringField(bodyObject(input), "connectionId", "the connection to certify through");
  if (!connectionId)
    throw invalid("connectionId is required: the connection to certify through", {
      field: "connectionId",
      pointer: "/connectionId",
    });
  await getConnection(projectId, connectionId);
  const bundle = await exportProject(projectId);
  const loadFlow = async (name: string) => bundle.flows.find((flow) => flow.name === name);
  const connection = await withHelperConfigValues(await resolveConnection(connectionId), loadFlow);
  const runLog = await openRunLog(projectId, connection.secretValues);
  runLog.certificationStarted();
  const report = await runCertification({ flows: bundle.flows, connection, runLog })
    .then((done) => {
      runLog.certificationFinished(done);
      return done;
    })
    .finally(() => runLog.close());

  const id = randomUUID();
  const kept = boundedReport(report);
  await db().$transaction(async (tx) => {
    await tx.certificationRun.create({
      data: {
        id,
        projectId,
        connectionId,
        ok: report.ok,
        startedAt: new Date(report.startedAt),
        durationMs: report.durationMs,
        report: JSON.stringify(kept),
      },
    });
    const old = await tx.certificationRun.findMany({
      where: { projectId },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      skip: KEPT_RUNS,
      select: { id: true },
    });
    if (old.length) await tx.certificationRun.deleteMany({ where: { id: { in: old.map((row) => row.id) } } });
  });
  return { id, connectionId, ...kept };
}

/** The project's kept certification reports, newest first. */
export async function listCertifications(projectId: string): Promise<StoredCertification[]> {
  await getProject(projectId);
  const rows = await db().certificationRun.findMany({
    where: { projectId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: KEPT_RUNS,
  });
  return rows.map((row) => ({ id: row.id, connectionId: row.connectionId, ...(JSON.parse(row.report) as KeptReport) }));
}

/** The contracts whose every call passed in the newest run: the contracts of its passed cases. */
export async function passedCertificationContracts(projectId: string): Promise<string[]> {
  const [last] = await listCertifications(projectId);
  const passed = new Set(last?.cases.filter((entry) => entry.result === "passed").map((entry) => entry.id));
  return [...new Set(CERTIFY_CASES.filter((entry) => passed.has(entry.id)).flatMap((entry) => entry.contracts))];
}
