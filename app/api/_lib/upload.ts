// Reads an uploaded file from multipart form data (field `file`) or the raw request body (application/octet-stream or
// an image type), never more than `maxBytes` (plus the form's framing).
import { invalid } from "@/lib/errors";
import { LOGO_MAX_BYTES } from "@/lib/projects/logo";
import { mediaType, readBodyBytes, unsupportedMediaType } from "./body";

/** Room for a multipart form's boundaries and part headers around the file. */
const FORM_FRAMING_BYTES = 64 * 1024;

/** Twice the logo limit, so a logo a little too big gets the logo check's own message. */
export const LOGO_UPLOAD_MAX_BYTES = 2 * LOGO_MAX_BYTES;

export interface UploadedFile {
  fileName?: string;
  bytes: Uint8Array;
}

export async function uploadedFile(request: Request, maxBytes: number, field = "file"): Promise<UploadedFile> {
  const type = mediaType(request);
  if (type === "multipart/form-data") {
    const bytes = await readBodyBytes(request, maxBytes + FORM_FRAMING_BYTES);
    const parsed = new Response(Buffer.from(bytes), {
      headers: { "content-type": request.headers.get("content-type")! },
    });
    const form = await parsed.formData().catch(() => {
      throw invalid("The upload is not valid multipart form data.");
    });
    const file = form.get(field);
    if (!(file instanceof File)) throw invalid(`Attach the file as the form field "${field}".`, { field });
    return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (type !== "application/octet-stream" && !type.startsWith("image/"))
    throw unsupportedMediaType(`a multipart form with the field "${field}", or the file's bytes`, request);
  return {
    fileName: request.headers.get("x-file-name") ?? undefined,
    bytes: await readBodyBytes(request, maxBytes),
  };
}

/** Answers with stored image bytes. */
export function imageResponse(image: { bytes: Uint8Array; mime: string }): Response {
  return new Response(Buffer.from(image.bytes), {
    headers: { "content-type": image.mime, "cache-control": "no-store" },
  });
}
