// A stored project drafted from the REST demo's own spec (auth, core flows, every action flow) with a connection to
// the running demo: what the certification and submission tests start from. Call after useTempDatabase().
import type { RunningRestDemo } from "@/demo/rest/server";

export async function restDemoProject(demo: RunningRestDemo): Promise<{ projectId: string; connectionId: string }> {
  const { ingestSpec } = await import("@/lib/spec/ingest");
  const { parseSpecText } = await import("@/lib/spec/parse");
  const { bundleFromSpec } = await import("@/lib/bundle/from-spec");
  const { CONTRACT_NAMES } = await import("@/lib/contracts/catalog");
  const { importBundleAsProject } = await import("@/lib/bundle/project");
  const { listAuthConfigs } = await import("@/lib/auth/store");
  const connections = await import("@/lib/connections/store");
  const text = JSON.stringify(demo.openapi());
  const ingested = await ingestSpec(text);
  const parsed = await parseSpecText(text);
  if (!ingested.ok || !parsed.ok) throw new Error("the REST demo's spec did not ingest");
  const { bundle } = bundleFromSpec(ingested.index, {
    authScheme: "apiToken",
    actions: { document: parsed.document, contracts: CONTRACT_NAMES },
  });
  const projectId = (await importBundleAsProject(JSON.parse(JSON.stringify(bundle)))).project.id;
  const [auth] = await listAuthConfigs(projectId);
  const draft = await connections.connectionDraft(projectId, auth.id);
  const { id: connectionId } = await connections.createConnection(projectId, {
    ...draft,
    name: "REST demo",
    server: { protocol: "http", host: "127.0.0.1", port: Number(new URL(demo.url).port) },
    tls: { enabled: false, rejectUnauthorized: true },
    parameters: { token: demo.settings.apiToken },
  });
  return { projectId, connectionId };
}
