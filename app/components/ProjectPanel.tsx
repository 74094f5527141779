"use client";
// The left panel: every project, and the folders and flows of the one being viewed.
import Link from "next/link";
import { useParams } from "next/navigation";
import { NewProjectButton } from "./NewProjectButton";
import { ProjectFlowTree } from "./ProjectFlowTree";

export function ProjectPanel({ projects }: { projects: { id: string; name: string }[] }) {
  const { projectId } = useParams<{ projectId?: string }>();
  return (
    <aside className="project-panel">
      <div className="panel-heading">
        <h2>Projects</h2>
        <NewProjectButton />
      </div>
      <nav aria-label="Projects">
        {projects.length === 0 && <p className="muted">No projects yet.</p>}
        <ul className="tree">
          {projects.map((project) => (
            <li key={project.id}>
              <Link
                prefetch={false}
                href={`/projects/${project.id}`}
                aria-current={project.id === projectId ? "page" : undefined}
                className="tree-item"
              >
                {project.name}
              </Link>
              {project.id === projectId && <ProjectFlowTree projectId={project.id} projectName={project.name} />}
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
