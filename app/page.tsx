import Link from "next/link";
import { AppHeader } from "@/app/components/AppHeader";
import { listOinApps } from "@/lib/oin/service";
import { listProjects } from "@/lib/projects/service";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function Home() {
  await pageActor();
  const [projects, oinApps] = await Promise.all([listProjects(), listOinApps()]);
  return (
    <>
      <AppHeader />
      <main className="page">
        <h1>Integration Builder</h1>
        <p className="muted">
          Build, test and submit API integrations: describe the OIN app, upload the OpenAPI spec, configure
          authentication and build flows.
        </p>
        <div className="grid-2">
          <section className="card">
            <h2>Start from an OIN app</h2>
            <p className="muted">
              Capabilities, tenant settings and authentication settings, then <strong>Save and start building</strong>.
            </p>
            <p>
              {oinApps.length} OIN app{oinApps.length === 1 ? "" : "s"}
            </p>
            <div className="actions start">
              <Link className="button primary" href="/oin-apps/new">
                Create OIN app
              </Link>
              <Link className="button" href="/oin-apps">
                All OIN apps
              </Link>
            </div>
          </section>
          <section className="card">
            <h2>Projects</h2>
            <p className="muted">Where integrations are built: API spec, authentication, connections and flows.</p>
            <p>
              {projects.length} project{projects.length === 1 ? "" : "s"}
            </p>
            <div className="actions start">
              <Link className="button" href="/projects">
                Open projects
              </Link>
            </div>
          </section>
        </div>
      </main>
    </>
  );
}
