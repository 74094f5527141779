// Points 7 and 8 of issue 13, through the route handlers themselves: bodies are capped as they stream (whatever
// Content-Length says), only JSON (or multipart for uploads) is taken, and a spec upload refuses billion laughs and
// invalid UTF-8 with a clear 400 and warns about a pure $ref cycle at its pointer.
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();
const { createProject } = await import("@/lib/projects/service");
const projects = await import("@/app/api/projects/route");
const spec = await import("@/app/api/projects/[projectId]/spec/route");
const logo = await import("@/app/api/projects/[projectId]/logo/route");

const MB = 1024 * 1024;
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
let projectId: string;
let specParams: { params: Promise<{ projectId: string }> };

beforeAll(async () => {
  projectId = (await createProject({ name: "Bounded bodies" })).id;
  specParams = { params: Promise.resolve({ projectId }) };
});

/** A body that arrives in chunks with no Content-Length, as a client streaming it would send it. */
function streamed(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"name":"${"a".repeat(64 * 1024 - 10)}`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

const post = (headers: Record<string, string>, body: BodyInit) =>
  owner.request("http://127.0.0.1:3000/api/projects", { method: "POST", headers, body, duplex: "half" } as RequestInit);

function specUpload(fileName: string, bytes: Uint8Array) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], fileName));
  return owner.request(`http://127.0.0.1:3000/api/projects/${projectId}/spec`, { method: "POST", body: form });
}

describe("JSON bodies", () => {
  it("refuses a body that is not declared JSON with 415", async () => {
    for (const headers of [{ "content-type": "text/plain" }, {}] as Record<string, string>[]) {
      const response = await projects.POST(post(headers, '{"name":"sneaky"}'), noParams);
      expect(response.status).toBe(415);
      expect((await response.json()).code).toBe("unsupported_media_type");
    }
    expect(
      (await (await projects.GET(owner.request("http://127.0.0.1:3000/api/projects"), noParams)).json()).projects,
    ).toHaveLength(1);
  });

  it("stops reading a streamed body at 1 MB with 413, and refuses a larger Content-Length before reading", async () => {
    const response = await projects.POST(post({ "content-type": "application/json" }, streamed(8 * MB)), noParams);
    expect(response.status).toBe(413);
    expect((await response.json()).message).toBe("The request body is larger than 1 MB, this route's limit.");

    const declared = await projects.POST(
      post({ "content-type": "application/json", "content-length": String(100 * MB) }, "{}"),
      noParams,
    );
    expect(declared.status).toBe(413);
  });

  it("refuses invalid UTF-8 with its byte offset", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"name":"caf'),
      0xe9,
      ...new TextEncoder().encode('"}'),
    ]);
    const response = await projects.POST(post({ "content-type": "application/json" }, bytes), noParams);
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe("The request body is not valid UTF-8: invalid byte at offset 13");
  });
});

describe("uploads", () => {
  it("takes a logo only as multipart or raw bytes", async () => {
    const request = owner.request(`http://127.0.0.1:3000/api/projects/${projectId}/logo`, {
      method: "PUT",
      headers: { "content-type": "text/plain" },
      body: "GIF89a",
    });
    expect((await logo.PUT(request, specParams)).status).toBe(415);
  });

  it("refuses a billion-laughs YAML spec with a clear 400", async () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [index, name] of ["b", "c", "d", "e", "f", "g"].entries()) {
      const previous = String.fromCharCode(97 + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const yaml = `openapi: 3.0.0\ninfo: {title: lol, version: "1"}\n${levels.join("\n")}\npaths: {}\n`;
    const response = await spec.POST(specUpload("laughs.yaml", new TextEncoder().encode(yaml)), specParams);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toEqual({
      message: 'the YAML\'s aliases expand more than 10,000 times (a "billion laughs" document): refused',
      location: { file: "laughs.yaml" },
    });
  });

  it("refuses a spec that is not UTF-8 with the offset of the bad byte", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("openapi: 3.0.0\ninfo: {title: "), 0xff, 0x0a]);
    const response = await spec.POST(specUpload("latin1.yaml", bytes), specParams);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toEqual({
      message: "latin1.yaml is not valid UTF-8: invalid byte at offset 29",
      location: { file: "latin1.yaml" },
    });
  });

  it("accepts a pure A ↔ B $ref cycle with a warning at each of its pointers", async () => {
    const cyclic = {
      openapi: "3.0.3",
      info: { title: "Cycle", version: "1" },
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } },
              },
            },
          },
        },
      },
      components: {
        schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } },
      },
    };
    const response = await spec.POST(
      specUpload("cycle.json", new TextEncoder().encode(JSON.stringify(cyclic))),
      specParams,
    );
    expect(response.status).toBe(200);
    const warnings = (await response.json()).spec.warnings as { location: { pointer: string } }[];
    expect(warnings.map((warning) => warning.location.pointer).sort()).toEqual([
      "/components/schemas/A/$ref",
      "/components/schemas/B/$ref",
    ]);
  });
});
