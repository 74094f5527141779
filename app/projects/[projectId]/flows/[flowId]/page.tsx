import { notFound } from "next/navigation";
import { Editor } from "@/app/canvas/Editor";
import { AppError } from "@/lib/errors";
import { authMappingView } from "@/lib/auth/store";
import { listConnections } from "@/lib/connections/store";
import { calledFlowOf } from "@/lib/flow-edit/call-flow";
import { getDraft, getFlow, listFlows } from "@/lib/flows/store";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function FlowEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string; flowId: string }>;
  /** `?card=ID&field=KEY`: open with that card selected and its field in view (links from the Validate tab). */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await pageActor();
  const { projectId, flowId } = await params;
  const { card, field } = await searchParams;
  const stored = await getFlow(flowId).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  if (stored.projectId !== projectId) notFound();
  const [draft, flows, connections, mapping] = await Promise.all([
    getDraft(flowId, actor.userId),
    listFlows(projectId),
    listConnections(projectId),
    authMappingView(projectId),
  ]);
  const otherFlows = await Promise.all(
    flows.filter((flow) => flow.id !== flowId).map(async (flow) => (await getFlow(flow.id)).flow),
  );
  const parameters = new Map<string, { key: string; label: string }>();
  for (const configuration of mapping.configurations) {
    for (const parameter of configuration.parameters)
      if (!parameter.secret) parameters.set(parameter.key, { key: parameter.key, label: parameter.label });
  }
  const labels = new Map(mapping.tenantVariables.map((variable) => [variable.name, variable.label || variable.name]));
  const authParameters = mapping.configurations.flatMap((configuration) =>
    configuration.parameters.map((parameter) => {
      const mapped = configuration.mapping[parameter.key];
      return {
        key: parameter.key,
        label: parameter.label,
        ...(mapped ? { tenantVariable: labels.get(mapped) ?? mapped } : {}),
      };
    }),
  );
  return (
    <Editor
      projectId={projectId}
      flowId={flowId}
      flow={stored.flow}
      version={stored.version}
      draft={draft && JSON.stringify(draft.flow) !== JSON.stringify(stored.flow) ? draft : undefined}
      helperFlows={otherFlows.filter((flow) => flow.kind === "helper").map(calledFlowOf)}
      otherFlows={otherFlows}
      connections={connections.map((connection) => ({ id: connection.id, name: connection.config.name }))}
      focus={typeof card === "string" ? { card, field: typeof field === "string" ? field : undefined } : undefined}
      project={{
        tenantVariables: mapping.tenantVariables,
        connectionParameters: [...parameters.values()],
        authParameters,
      }}
    />
  );
}
