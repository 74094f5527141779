// Answers a JSON document as a file download (the browser saves it under `fileName`).
export function jsonDownload(document: unknown, fileName: string): Response {
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json",
      "content-disposition": `attachment; filename="${fileName.replace(/["\\]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
