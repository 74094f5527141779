import { pageActor } from "@/app/components/page-actor";
import { Problems } from "@/app/components/Problems";
import { can } from "@/lib/accounts/policy";
import type { AuditEventView } from "@/lib/audit/model";
import { listAuditEvents, parseAuditFilter, parsePage } from "@/lib/audit/query";
import { getAuditRetention } from "@/lib/audit/retention";
import { AppError, type ProblemDetail } from "@/lib/errors";
import { RetentionForm } from "./RetentionForm";

export const dynamic = "force-dynamic";

const FIELDS = [
  { name: "actor", label: "Actor", placeholder: "email or user id" },
  { name: "action", label: "Action", placeholder: "flow or flow.create" },
  { name: "targetType", label: "Target type", placeholder: "project, flow, connection…" },
  { name: "targetId", label: "Target id", placeholder: "" },
  { name: "since", label: "Since", placeholder: "7d or 2026-11-01" },
  { name: "until", label: "Until", placeholder: "2026-11-30T12:00Z" },
] as const;

type Query = Record<string, string | undefined>;

async function eventsFor(
  query: Query,
): Promise<{ events: AuditEventView[]; next: number | null; problems: ProblemDetail[] }> {
  try {
    return { ...(await listAuditEvents(parseAuditFilter(query), parsePage(query))), problems: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { events: [], next: null, problems: error.problems };
  }
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  if (!can(await pageActor(), "audit"))
    return (
      <section className="card">
        <h1>Audit log</h1>
        <p role="alert">Reading the audit log needs the &quot;audit&quot; permission (owner or admin).</p>
      </section>
    );
  const raw = await searchParams;
  const query: Query = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const { events, next, problems } = await eventsFor(query);
  const filterOnly = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]) && entry[0] !== "before"),
  );
  return (
    <div className="general">
      <section className="card" aria-labelledby="audit-heading">
        <div className="section-heading">
          <h1 id="audit-heading">Audit log</h1>
          <a className="button" href={`/api/audit/export?${filterOnly}`} download>
            Export JSON lines
          </a>
        </div>
        <form method="get" className="audit-filter" aria-label="Filter the audit log">
          {FIELDS.map((field) => (
            <label key={field.name}>
              {field.label}
              <input name={field.name} defaultValue={query[field.name] ?? ""} placeholder={field.placeholder} />
            </label>
          ))}
          <button type="submit" className="button primary">
            Filter
          </button>
        </form>
        <Problems title="The filter cannot be used" problems={problems} />
        {events.length === 0 ? (
          <p className="muted">No audit events match.</p>
        ) : (
          <table className="table audit-events">
            <thead>
              <tr>
                <th>Time</th>
                <th>Actor</th>
                <th>Action</th>
                <th>Target</th>
                <th>Outcome</th>
                <th>Details</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{new Date(event.time).toISOString().replace("T", " ").slice(0, 19)}</td>
                  <td>{event.actor.email}</td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>
                    {event.target.type} {event.target.name || event.target.id}
                  </td>
                  <td>
                    <span className="badge">{event.outcome}</span>
                    {event.count > 1 && <span className="muted"> ×{event.count} within a minute</span>}
                  </td>
                  <td>
                    <code className="small-text">{JSON.stringify(event.details)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next && <a href={`/audit?${new URLSearchParams([...filterOnly, ["before", String(next)]])}`}>Older events</a>}
      </section>
      <RetentionForm initial={await getAuditRetention()} />
    </div>
  );
}
