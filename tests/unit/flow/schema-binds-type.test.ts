// The flow JSON Schema and the `Flow` type describe one shape: tsc fails when a property or a required one differs,
// and the runtime cases fail when a binding kind or value type is added to one side only.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Binding, Block, Card, EventCard, FieldSpec, Flow, ValueType } from "../../../lib/flow/model";
import { FLOW_JSON_SCHEMA, parseFlow } from "../../../lib/flow/schema";
import { card, flow, lit, ref } from "../engine/flow-builder";

type PropertiesOf<S> = S extends { properties: infer P } ? keyof P : never;
type RequiredOf<S> = S extends { required: readonly (infer R)[] } ? R : never;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

const defs = FLOW_JSON_SCHEMA.$defs;

describe("flow schema and Flow type", () => {
  it("name the same properties, the same ones required (checked by tsc)", () => {
    expectTypeOf<PropertiesOf<typeof FLOW_JSON_SCHEMA>>().toEqualTypeOf<keyof Flow>();
    expectTypeOf<RequiredOf<typeof FLOW_JSON_SCHEMA>>().toEqualTypeOf<RequiredKeys<Flow>>();
    expectTypeOf<PropertiesOf<typeof defs.card>>().toEqualTypeOf<keyof Card>();
    expectTypeOf<RequiredOf<typeof defs.card>>().toEqualTypeOf<RequiredKeys<Card>>();
    expectTypeOf<PropertiesOf<typeof defs.block>>().toEqualTypeOf<keyof Block>();
    expectTypeOf<RequiredOf<typeof defs.block>>().toEqualTypeOf<RequiredKeys<Block>>();
    expectTypeOf<PropertiesOf<typeof defs.eventCard>>().toEqualTypeOf<keyof EventCard>();
    expectTypeOf<RequiredOf<typeof defs.eventCard>>().toEqualTypeOf<RequiredKeys<EventCard>>();
    expectTypeOf<PropertiesOf<typeof defs.fieldSpec>>().toEqualTypeOf<keyof FieldSpec>();
    expectTypeOf<RequiredOf<typeof defs.fieldSpec>>().toEqualTypeOf<RequiredKeys<FieldSpec>>();
    expectTypeOf<PropertiesOf<typeof FLOW_JSON_SCHEMA.properties.layout>>().toEqualTypeOf<
      keyof NonNullable<Flow["layout"]>
    >();
  });

  it("admit the same binding kinds and value types", () => {
    // `satisfies Record<…>` makes tsc demand exactly the type's kinds here; the schema must list the same.
    const bindingKinds = { literal: 1, ref: 1, tenantVar: 1, connectionParam: 1 } satisfies Record<Binding["kind"], 1>;
    const valueTypes = {
      text: 1,
      number: 1,
      boolean: 1,
      datetime: 1,
      file: 1,
      any: 1,
      object: 1,
      list: 1,
    } satisfies Record<ValueType["type"], 1>;
    const consts = (branches: readonly { properties: Record<string, unknown> }[], tag: string) =>
      branches.map((branch) => (branch.properties[tag] as { const: string }).const).sort();
    expect(consts(defs.binding.oneOf, "kind")).toEqual(Object.keys(bindingKinds).sort());
    expect(consts(defs.valueType.oneOf, "type")).toEqual(Object.keys(valueTypes).sort());
  });

  it("admits a Flow that uses every optional part, and refuses a property the type does not have", () => {
    const list: ValueType = { type: "list", items: { type: "object", schema: { type: "object" } } };
    const full: Flow = {
      ...flow(
        "Everything",
        [
          card("a", "text.trim", { text: ref("event", "name") }, { title: "Trim", disabled: false, options: { x: 1 } }),
          card(
            "b",
            "branching.if",
            {},
            {
              dynamicInputs: [{ key: "extra", label: "Extra", type: list, required: true, enum: ["a"], help: "h" }],
              dynamicOutputs: [{ key: "out", type: { type: "any" } }],
              blocks: [
                {
                  id: "branch0",
                  inputs: { condition: lit(true) },
                  cards: [card("c", "text.trim", { text: { kind: "tenantVar", name: "subdomain" } })],
                  results: { out: { kind: "connectionParam", name: "token" } },
                },
              ],
            },
          ),
        ],
        { inputs: [{ key: "name", type: { type: "text" } }] },
      ),
      description: "d",
      layout: { collapsed: ["b"] },
    };
    full.event.contract = "Provisioning Create User";
    expect(parseFlow(structuredClone(full))).toEqual(full);
    for (const [where, extend] of [
      ["/surplus", (document: any) => (document.surplus = 1)],
      ["/cards/0/surplus", (document: any) => (document.cards[0].surplus = 1)],
      ["/event/surplus", (document: any) => (document.event.surplus = 1)],
      ["/cards/1/blocks/0/surplus", (document: any) => (document.cards[1].blocks[0].surplus = 1)],
      ["/event/inputs/0/surplus", (document: any) => (document.event.inputs[0].surplus = 1)],
    ] as const) {
      const document = structuredClone(full);
      extend(document);
      expect(() => parseFlow(document)).toThrow(
        expect.objectContaining({ problems: [expect.objectContaining({ location: { pointer: where } })] }),
      );
    }
  });
});
