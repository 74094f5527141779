// `ib audit list|export|retention`: the audit log (lib/audit), filtered by actor, action, target and time range.
import type { AuditEventView, AuditRetention } from "../../audit/model";
import { exportAuditLines, listAuditEvents, parseAuditFilter, parsePage } from "../../audit/query";
import { getAuditRetention, parseRetentionChange, setAuditRetention } from "../../audit/retention";
import { defineCommand, listText } from "../command";
import { writeTextFile } from "../files";

const FILTER_OPTIONS = {
  actor: { type: "string" },
  action: { type: "string" },
  "target-type": { type: "string" },
  "target-id": { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
} as const;
const FILTER_USAGE =
  "[--actor USER_ID|EMAIL] [--action flow|flow.create] [--target-type T] [--target-id ID] [--since 7d|DATE] [--until DATE]";

type FilterValues = { [K in keyof typeof FILTER_OPTIONS]?: string };

/** The filter as the routes' query parameters. */
const filterQuery = (values: FilterValues) => ({
  actor: values.actor,
  action: values.action,
  targetType: values["target-type"],
  targetId: values["target-id"],
  since: values.since,
  until: values.until,
});

const eventLine = (event: AuditEventView) =>
  `${event.time}  ${event.actor.email}  ${event.action}  ${event.target.type} ${event.target.name || event.target.id}  ${event.outcome}${event.count > 1 ? ` ×${event.count}` : ""}`;

const listOutput = (page: { events: AuditEventView[]; next: number | null }) => ({
  result: page,
  text: `${listText(page.events.map(eventLine), "No audit events match.")}${page.next ? `\nMore: --before ${page.next}` : ""}`,
});

export const auditList = defineCommand({
  name: "audit list",
  usage: `${FILTER_USAGE} [--limit N] [--before EVENT_ID]`,
  options: { ...FILTER_OPTIONS, limit: { type: "string" }, before: { type: "string" } },
  positionals: 0,
  run: async ({ values }) =>
    listOutput(await listAuditEvents(parseAuditFilter(filterQuery(values)), parsePage(values))),
  route: {
    call: ({ values }) => ({
      query: { ...filterQuery(values), limit: values.limit, before: values.before },
    }),
    output: (answer) => listOutput(answer.json as { events: AuditEventView[]; next: number | null }),
  },
});

/** Prints the lines, or writes them to --out. */
async function exportOutput(lines: string, out: string | undefined) {
  const count = lines ? lines.split("\n").length - 1 : 0;
  if (out === undefined) return { result: { ok: true, events: count }, text: lines || "No audit events match." };
  await writeTextFile(out, lines);
  return { result: { ok: true, file: out, events: count }, text: `Wrote ${count} audit event(s) to ${out}.` };
}

export const auditExport = defineCommand({
  name: "audit export",
  usage: `${FILTER_USAGE} [--out FILE]`,
  options: { ...FILTER_OPTIONS, out: { type: "string" } },
  positionals: 0,
  run: async ({ values }) => exportOutput(await exportAuditLines(parseAuditFilter(filterQuery(values))), values.out),
  route: {
    call: ({ values }) => ({ query: filterQuery(values) }),
    output: (answer, { values }) => exportOutput(answer.text ?? "", values.out),
  },
});

const retentionOutput = (retention: AuditRetention) => ({
  result: retention,
  text: `Audit events are kept ${retention.days} day(s) (${retention.source}).`,
});

export const auditRetention = defineCommand({
  name: "audit retention",
  usage: "[--days N]",
  options: { days: { type: "string" } },
  positionals: 0,
  run: async ({ values }) =>
    retentionOutput(
      values.days === undefined
        ? await getAuditRetention()
        : await setAuditRetention(parseRetentionChange({ days: Number(values.days) })),
    ),
  route: {
    call: ({ values }) =>
      values.days === undefined
        ? { route: "GET /api/audit/retention" }
        : { route: "PUT /api/audit/retention", body: () => ({ days: Number(values.days) }) },
    output: (answer) => retentionOutput(answer.json as AuditRetention),
  },
});
