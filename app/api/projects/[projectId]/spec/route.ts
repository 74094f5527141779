// The project's current spec (GET) and uploading a new version (POST JSON {fileName, text} or multipart `file`).
import { route, jsonBody } from "@/app/api/_lib/respond";
import { uploadedFile } from "@/app/api/_lib/upload";
import { currentSpec, latestSpecDiff, uploadSpec } from "@/lib/specs-store/store";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => ({
  spec: await currentSpec(projectId),
  diff: await latestSpecDiff(projectId),
}));

export const POST = route<Params>(async (request, { projectId }) => {
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const file = await uploadedFile(request);
    return uploadSpec(projectId, { fileName: file.fileName, text: new TextDecoder().decode(file.bytes) });
  }
  return uploadSpec(projectId, await jsonBody(request));
});
