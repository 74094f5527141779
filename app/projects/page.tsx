import Link from "next/link";
import { listProjects } from "@/lib/projects/service";
import { formatDate } from "@/app/components/format";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function ProjectsPage() {
  await pageActor();
  const projects = await listProjects();
  return (
    <section className="card">
      <h1>Projects</h1>
      {projects.length === 0 ? (
        <p className="muted">
          No projects yet. Create one with <strong>New project</strong>, or start from an{" "}
          <Link href="/oin-apps/new">OIN app</Link> and choose <strong>Save and start building</strong>.
        </p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>OIN app</th>
              <th>Status</th>
              <th>Last updated</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id}>
                <td>
                  <Link href={`/projects/${project.id}`}>{project.name}</Link>
                </td>
                <td>{project.oinApp?.displayName ?? "—"}</td>
                <td>{project.status}</td>
                <td>{formatDate(project.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
