// The API Spec tab: upload / replace the OpenAPI document, see what it holds, browse its operations.
import { currentSpecOverview } from "@/lib/specs-store/operations";
import { latestSpecDiff, listSpecVersions } from "@/lib/specs-store/store";
import { ActionFlowsSection } from "./ActionFlows";
import { AuthGenerateSection } from "./AuthGenerate";
import { CoreFlowsSection } from "./CoreFlows";
import { TryOperation } from "./TryOperation";
import { SpecTab } from "./SpecTab";
import { pageActor } from "@/app/components/page-actor";

export const dynamic = "force-dynamic";

export default async function SpecPage({ params }: { params: Promise<{ projectId: string }> }) {
  await pageActor();
  const { projectId } = await params;
  const [spec, versions, diff] = await Promise.all([
    currentSpecOverview(projectId),
    listSpecVersions(projectId),
    latestSpecDiff(projectId),
  ]);
  return (
    <>
      <SpecTab projectId={projectId} spec={spec} versions={versions} diff={diff} />
      {/* Keyed by the spec version: a new upload reloads what these sections derive from the spec. */}
      {spec && <AuthGenerateSection key={`auth-${spec.id}`} projectId={projectId} />}
      {spec && <CoreFlowsSection key={`core-${spec.id}`} projectId={projectId} />}
      {spec && <ActionFlowsSection key={`actions-${spec.id}`} projectId={projectId} />}
      {spec && <TryOperation key={`try-${spec.id}`} projectId={projectId} />}
    </>
  );
}
