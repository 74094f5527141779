// The project's current spec without its operations (GET; they are paged by ./operations) and uploading a new
// version (POST JSON {fileName, text}, JSON {url} fetched through the address guard, or multipart `file`).
import { mediaType } from "@/app/api/_lib/body";
import { jsonBody, route } from "@/app/api/_lib/respond";
import { uploadedFile } from "@/app/api/_lib/upload";
import { fetchDocument } from "@/lib/http/document";
import { specMaxBytes } from "@/lib/spec/ingest";
import { currentSpecOverview, specOverview } from "@/lib/specs-store/operations";
import { latestSpecDiff, uploadSpec } from "@/lib/specs-store/store";
import { decodeUtf8 } from "@/lib/utf8";

type Params = { projectId: string };

export const GET = route<Params>(async (_request, { projectId }) => ({
  spec: await currentSpecOverview(projectId),
  diff: await latestSpecDiff(projectId),
}));

export const POST = route<Params>(async (request, { projectId }) => {
  if (mediaType(request) === "multipart/form-data") {
    const file = await uploadedFile(request, specMaxBytes());
    const text = decodeUtf8(file.bytes, file.fileName ?? "The spec", { file: file.fileName });
    return uploaded(uploadSpec(projectId, { fileName: file.fileName, text }));
  }
  // Escaping a spec's text into JSON can double its size; the text itself is held to the spec limit.
  const body = await jsonBody(request, 2 * specMaxBytes());
  if (typeof body.url === "string")
    return uploaded(uploadSpec(projectId, await fetchDocument(body.url, specMaxBytes())));
  return uploaded(uploadSpec(projectId, body));
});

async function uploaded(upload: ReturnType<typeof uploadSpec>) {
  const { spec, diff } = await upload;
  return { spec: specOverview(spec), diff };
}
