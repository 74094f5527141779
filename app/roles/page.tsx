import { pageActor } from "@/app/components/page-actor";
import { listProjectRoles } from "@/lib/access/grants";
import { listProjects } from "@/lib/projects/service";
import { RolesTable } from "./RolesTable";

export const dynamic = "force-dynamic";

export default async function RolesPage({ searchParams }: { searchParams: Promise<{ project?: string }> }) {
  const actor = await pageActor();
  const { project } = await searchParams;
  const projects = (await listProjects()).map(({ id, name }) => ({ id, name }));
  // An unknown or stale project in the address shows every project's roles.
  const filter = projects.some((candidate) => candidate.id === project) ? project : undefined;
  return (
    <RolesTable
      projects={projects}
      initialFilter={filter ?? ""}
      initialRoles={await listProjectRoles(filter, { reader: actor })}
    />
  );
}
