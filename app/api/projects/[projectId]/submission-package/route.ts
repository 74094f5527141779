import { route } from "@/app/api/_lib/respond";
import { submissionPackage } from "@/lib/submission/package";

/** The submission package (bundle without secrets, validation report, last certification report), as a download. */
export const GET = route<{ projectId: string }>(async (_request, { projectId }) => {
  const document = await submissionPackage(projectId);
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "content-type": "application/json",
      "content-disposition": `attachment; filename="submission-${projectId}.json"`,
    },
  });
});
