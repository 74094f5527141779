import { jsonBody, route } from "@/app/api/_lib/respond";
import { runActionTests } from "@/lib/project-actions/test-run";
import { optionalText } from "@/lib/project-actions/request";

/** Body: `{ contract, connectionId? }` -> `{ passed, results[] }`: runs every test flow of one action. */
export const POST = route<{ projectId: string }>(async (request, { projectId }, actor) => {
  const body = await jsonBody(request);
  const results = await runActionTests(projectId, String(body.contract ?? ""), optionalText(body, "connectionId"), {
    actor,
  });
  return { passed: results.every((result) => result.passed), results };
});
