// Reads an uploaded file from multipart form data (field `file`) or, failing that, the raw request body.
import { invalid } from "@/lib/errors";

export interface UploadedFile {
  fileName?: string;
  bytes: Uint8Array;
}

export async function uploadedFile(request: Request, field = "file"): Promise<UploadedFile> {
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw invalid("The upload is not valid multipart form data.");
    });
    const file = form.get(field);
    if (!(file instanceof File)) throw invalid(`Attach the file as the form field "${field}".`, { field });
    return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  return {
    fileName: request.headers.get("x-file-name") ?? undefined,
    bytes: new Uint8Array(await request.arrayBuffer()),
  };
}

/** Answers with stored image bytes. */
export function imageResponse(image: { bytes: Uint8Array; mime: string }): Response {
  return new Response(Buffer.from(image.bytes), {
    headers: { "content-type": image.mime, "cache-control": "no-store" },
  });
}
