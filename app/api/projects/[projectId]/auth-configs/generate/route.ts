import { route, jsonBody } from "@/app/api/_lib/respond";
import { generateAuthConfigs, schemeKind } from "@/lib/auth/generate";
import { parseAuthGenerateRequest } from "@/lib/auth/requests";
import { generateProjectAuthConfigs } from "@/lib/auth/store";
import { currentSpec } from "@/lib/specs-store/store";

/** What the Generate dialog lists: every security scheme with its kind, and what generating it would do. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => {
  const spec = await currentSpec(projectId);
  if (!spec) return { schemes: [], notes: [] };
  return {
    schemes: spec.index.securitySchemes.map((scheme) => ({
      name: scheme.name,
      kind: schemeKind(scheme),
      description: scheme.description,
    })),
    notes: generateAuthConfigs(spec.index).notes,
  };
});

/** Body: `{ selected?: string[] }` (scheme names or "scheme/flow"); generating again updates by source scheme. */
export const POST = route<{ projectId: string }>(async (request, { projectId }) =>
  generateProjectAuthConfigs(projectId, parseAuthGenerateRequest(await jsonBody(request)).selected),
);
