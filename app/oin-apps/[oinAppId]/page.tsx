import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getOinApp } from "@/lib/oin/service";
import { OinAppForm } from "../OinAppForm";
import { ConfigureIntegration } from "./ConfigureIntegration";
import { AllowedProvider } from "@/app/components/Allowed";
import { pageActor } from "@/app/components/page-actor";
import { allowedRoutes } from "@/lib/routes/allowed";

export const dynamic = "force-dynamic";

export default async function OinAppPage({ params }: { params: Promise<{ oinAppId: string }> }) {
  const actor = await pageActor();
  const { oinAppId } = await params;
  const app = await getOinApp(oinAppId).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  // The project the app was started with ("Save and start building") is the one its configuration maps.
  const [project] = app.projects;
  const allowed = await allowedRoutes(actor, { oinAppId, projectId: project?.id });
  return (
    <AllowedProvider routes={allowed}>
      <OinAppForm existing={app} />
      {project && <ConfigureIntegration projectId={project.id} projectName={project.name} />}
    </AllowedProvider>
  );
}
