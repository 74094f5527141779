// A project's verb roles come from its spec's operations and the methods its flows write down.
import { describe, expect, it } from "vitest";
import { verbsUsed } from "@/lib/access/verbs";
import type { OperationIndex } from "@/lib/spec/types";
import { card, flow, ref } from "../engine/flow-builder";

const operations = (...methods: string[]) => ({
  operations: methods.map((method) => ({ method, path: "/x" }) as OperationIndex),
});

describe("verbsUsed", () => {
  it("maps the spec's methods to verb roles in a fixed order (HEAD and OPTIONS count as GET)", () => {
    expect(verbsUsed(operations("delete", "post", "head"), [])).toEqual(["GET", "POST", "DELETE"]);
    expect(verbsUsed(undefined, [])).toEqual([]);
  });

  it("adds the literal methods of Raw Request cards and of Call Flow's request_method, at any depth", () => {
    const flows = [
      flow("Nested", [
        card(
          "guard",
          "error.ifError",
          {},
          {
            blocks: [{ id: "try", cards: [card("put", "http.rawRequest", { method: "put", url: "/x" })] }],
          },
        ),
        card("call", "flow.callFlow", { request_method: "PATCH" }, { options: { flow: "httpHelper" } }),
        // A method bound at run time is checked when the request is sent, not here.
        card("bound", "http.rawRequest", { method: ref("event", "method"), url: "/x" }),
      ]),
    ];
    expect(verbsUsed(operations("get"), flows)).toEqual(["GET", "PUT", "PATCH"]);
  });
});
