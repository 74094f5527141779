import { AllowedProvider } from "@/app/components/Allowed";
import { AppHeader } from "@/app/components/AppHeader";
import { currentActor } from "@/app/components/page-actor";
import { ProjectPanel } from "@/app/components/ProjectPanel";
import { listProjects } from "@/lib/projects/service";
import { allowedRoutes } from "@/lib/routes/allowed";

export const dynamic = "force-dynamic";

export default async function ProjectsLayout({ children }: { children: React.ReactNode }) {
  const [projects, allowed] = await Promise.all([
    listProjects(),
    currentActor().then((actor) => allowedRoutes(actor, {})),
  ]);
  return (
    <AllowedProvider routes={allowed}>
      <AppHeader />
      <div className="workspace">
        <ProjectPanel projects={projects.map(({ id, name }) => ({ id, name }))} />
        <main className="workspace-main">{children}</main>
      </div>
    </AllowedProvider>
  );
}
