import { AppHeader } from "@/app/components/AppHeader";
import { ProjectPanel } from "@/app/components/ProjectPanel";
import { listProjects } from "@/lib/projects/service";

export const dynamic = "force-dynamic";

export default async function ProjectsLayout({ children }: { children: React.ReactNode }) {
  const projects = await listProjects();
  return (
    <>
      <AppHeader />
      <div className="workspace">
        <ProjectPanel projects={projects.map(({ id, name }) => ({ id, name }))} />
        <main className="workspace-main">{children}</main>
      </div>
    </>
  );
}
