import { notFound } from "next/navigation";
import { AllowedProvider } from "@/app/components/Allowed";
import { currentActor } from "@/app/components/page-actor";
import { ProjectTabs } from "@/app/components/ProjectTabs";
import { AppError } from "@/lib/errors";
import { getProject } from "@/lib/projects/service";
import { allowedRoutes } from "@/lib/routes/allowed";

export const dynamic = "force-dynamic";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  const project = await getProject(projectId).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  // Every control of every tab asks this, computed once from the routes' own policy for the signed-in user.
  const allowed = await allowedRoutes(await currentActor(), { projectId });
  return (
    <div className="project">
      <header className="project-title">
        {project.hasLogo && (
          <img src={`/api/projects/${project.id}/logo?v=${project.updatedAt}`} alt="" className="logo small" />
        )}
        <div>
          <p className="eyebrow">Project</p>
          <h1>{project.name}</h1>
        </div>
      </header>
      <AllowedProvider routes={allowed} subject={projectId}>
        <ProjectTabs projectId={project.id} />
        <div className="tab-panel">{children}</div>
      </AllowedProvider>
    </div>
  );
}
