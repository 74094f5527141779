// How a List draft pages, read from the description: where a page number starts (its minimum, default,
// description or an example) and offset/limit preferred where a page number is offered too.
import { describe, expect, it } from "vitest";
import { listPaging } from "@/lib/actions/draft-paging";
import { ingestSpec } from "@/lib/spec/ingest";

/** `GET /users` taking `parameters`, answering `{ data: [users], total }`. */
async function pagingOf(parameters: unknown[]) {
  const document = {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/users": {
        get: {
          parameters,
          responses: {
            "200": {
              description: "users",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      data: {
                        type: "array",
                        items: { type: "object", properties: { id: { type: "string" }, email: { type: "string" } } },
                      },
                      total: { type: "integer" },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
  const ingested = await ingestSpec(JSON.stringify(document));
  if (!ingested.ok) throw new Error("does not ingest");
  const listed = listPaging(document, ingested.index.operations[0]);
  if (typeof listed === "string") throw new Error(listed);
  return listed.paging;
}

const page = (extra: Record<string, unknown>) => ({ name: "page", in: "query", schema: { type: "integer" }, ...extra });
const size = { name: "per_page", in: "query", schema: { type: "integer" } };

describe("List paging from the description", () => {
  it("reads where page numbers start", async () => {
    const first = async (extra: Record<string, unknown>) => (await pagingOf([page(extra), size])).firstPage;
    expect(await first({ schema: { type: "integer", minimum: 0 } })).toBe(0);
    expect(await first({ schema: { type: "integer", default: 1 } })).toBe(1);
    expect(await first({ description: "Zero-based page index." })).toBe(0);
    expect(await first({ description: "The page number; pages start at 1." })).toBe(1);
    expect(await first({ example: 0 })).toBe(0);
    expect(await first({})).toBeUndefined();
  });

  it("prefers offset and limit where a page number is offered too", async () => {
    const paging = await pagingOf([
      page({}),
      size,
      { name: "offset", in: "query", schema: { type: "integer" } },
      { name: "limit", in: "query", schema: { type: "integer", maximum: 100 } },
    ]);
    expect(paging).toMatchObject({
      style: "offset",
      positionParameter: "offset",
      sizeParameter: "limit",
      maxSize: 100,
    });
  });
});
