"use client";
// The left panel: every project, and the folder tree of the one being viewed.
import Link from "next/link";
import { useParams } from "next/navigation";
import { PROJECT_FOLDERS } from "@/lib/projects/model";
import { NewProjectButton } from "./NewProjectButton";

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
              <Link href={`/projects/${project.id}`} aria-current={project.id === projectId ? "page" : undefined} className="tree-item">
                {project.name}
              </Link>
              {project.id === projectId && (
                <ul className="tree" aria-label={`Folders of ${project.name}`}>
                  {PROJECT_FOLDERS.map((folder) => (
                    <li key={folder} className="tree-item folder">
                      {folder}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
