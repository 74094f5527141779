// The API Spec tab: upload / replace the OpenAPI document, see what it holds, browse its operations.
import { currentSpecOverview } from "@/lib/specs-store/operations";
import { latestSpecDiff, listSpecVersions } from "@/lib/specs-store/store";
import { AuthGenerateSection } from "./auth-generate";
import { CoreFlowsSection } from "./core-flows";
import { TryOperation } from "./try-operation";
import { SpecTab } from "./spec-tab";

export const dynamic = "force-dynamic";

export default async function SpecPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const [spec, versions, diff] = await Promise.all([
    currentSpecOverview(projectId),
    listSpecVersions(projectId),
    latestSpecDiff(projectId),
  ]);
  return (
    <>
      <SpecTab projectId={projectId} spec={spec} versions={versions} diff={diff} />
      {spec && <AuthGenerateSection projectId={projectId} />}
      {spec && <CoreFlowsSection projectId={projectId} />}
      {spec && <TryOperation projectId={projectId} />}
    </>
  );
}
