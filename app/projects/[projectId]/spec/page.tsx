// The API Spec tab: upload / replace the OpenAPI document, see what it holds, browse its operations.
import { currentSpec, latestSpecDiff, listSpecVersions } from "@/lib/specs-store/store";
import { AuthGenerateSection } from "./AuthGenerate";
import { CoreFlowsSection } from "./CoreFlows";
import { TryOperation } from "./TryOperation";
import { SpecTab } from "./SpecTab";

export const dynamic = "force-dynamic";

export default async function SpecPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const [spec, versions, diff] = await Promise.all([
    currentSpec(projectId),
    listSpecVersions(projectId),
    latestSpecDiff(projectId),
  ]);
  return (
    <>
      <SpecTab projectId={projectId} spec={spec} versions={versions} diff={diff} />
      {spec && <AuthGenerateSection projectId={projectId} />}
      {spec && <CoreFlowsSection projectId={projectId} />}
      {spec && <TryOperation projectId={projectId} index={spec.index} />}
    </>
  );
}
