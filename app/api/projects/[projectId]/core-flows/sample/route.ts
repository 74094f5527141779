import { route } from "@/app/api/_lib/respond";
import { sampleProjectOperation } from "@/lib/generate/sample-service";

/** `?method=post&path=/pets` -> a ready-to-send request for that operation (Try an operation). */
export const GET = route<{ projectId: string }>(async (request, { projectId }) => {
  const params = new URL(request.url).searchParams;
  return { sample: await sampleProjectOperation(projectId, params.get("method"), params.get("path")) };
});
