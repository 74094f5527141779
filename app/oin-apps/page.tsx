import Link from "next/link";
import { CAPABILITY_LABELS } from "@/lib/oin/model";
import { listOinApps } from "@/lib/oin/service";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function OinAppsPage() {
  await pageActor();
  const apps = await listOinApps();
  return (
    <section className="card">
      <div className="section-heading">
        <h1>OIN apps</h1>
        <Link className="button primary" href="/oin-apps/new">
          Create OIN app
        </Link>
      </div>
      {apps.length === 0 ? (
        <p className="muted">
          No OIN apps yet. Create one to describe your integration (capabilities, tenant settings, authentication), then
          start building.
        </p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Display name</th>
              <th>Status</th>
              <th>Capabilities</th>
              <th>Tenant variables</th>
              <th>Projects</th>
            </tr>
          </thead>
          <tbody>
            {apps.map((app) => (
              <tr key={app.id}>
                <td>
                  <Link href={`/oin-apps/${app.id}`}>{app.displayName}</Link>
                </td>
                <td>
                  <span className="badge">{app.status}</span>
                </td>
                <td>{app.capabilities.map((capability) => CAPABILITY_LABELS[capability]).join(", ")}</td>
                <td>{app.variables.map((variable) => variable.name).join(", ") || "—"}</td>
                <td>
                  {app.projects.map((project, i) => (
                    <span key={project.id}>
                      {i > 0 && ", "}
                      <Link href={`/projects/${project.id}`}>{project.name}</Link>
                    </span>
                  ))}
                  {app.projects.length === 0 && "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
