// List: iterating through helper flows and reshaping lists. Lists are never changed in place.
import { COMPARISONS, compare, deepEqual, isComparison, order, type Comparison } from "../compare";
import { field, OUTPUT, required, T } from "../fields";
import { getPath, parsePath } from "../path";
import type { CardContext, CardDefinition } from "../types";
import { asList, asNumber, asText, dynamicValues, FLOW_OPTION, helperFlowName } from "../values";

const LIST = required("list", T.list());
const PATH = field("path", T.text, { help: "dotted path into each item; empty = the item itself" });
const MATCH = [PATH, required("comparison", T.text, { enum: [...COMPARISONS] }), field("value", T.any)];

function matcher(inputs: Record<string, unknown>, ctx: CardContext): (item: unknown) => boolean {
  const comparison = inputs.comparison;
  if (!isComparison(comparison)) {
    return ctx.fail(`Input "comparison" must be one of: ${COMPARISONS.join(", ")}`, { code: "INVALID_INPUT" });
  }
  const path = parsePath(inputs.path === undefined ? "" : asText(inputs.path, "path", ctx));
  return (item) => compare(getPath(item, path), comparison as Comparison, inputs.value);
}

/** Calls the helper once per item with `item`, `index` and the card's added inputs. */
async function eachThroughHelper(
  inputs: Record<string, unknown>,
  ctx: CardContext,
  onResult: (result: Record<string, unknown>, item: unknown, index: number) => void,
): Promise<void> {
  const name = helperFlowName(ctx);
  const list = asList(inputs.list, "list", ctx);
  const extra = dynamicValues(inputs, ctx);
  for (let index = 0; index < list.length; index++) {
    ctx.tick();
    onResult(await ctx.callFlow(name, { ...extra, item: list[index], index }), list[index], index);
  }
}

const forEach: CardDefinition = {
  type: "list.forEach",
  title: "For Each",
  category: "List",
  help: "Runs the helper flow once per item, with inputs `item`, `index` and the inputs you add.",
  options: [FLOW_OPTION],
  inputs: [LIST],
  outputs: [],
  dynamicInputs: { label: "extra helper inputs" },
  async execute(inputs, ctx) {
    await eachThroughHelper(inputs, ctx, () => undefined);
    return {};
  },
};

const map: CardDefinition = {
  type: "list.map",
  title: "Map",
  category: "List",
  help: "A new list: each item is the helper flow's `output` for the item, or, without a helper flow, the value at `path`.",
  options: [field("flow", T.text, { label: "helper flow", help: "Name of a helper flow (or use path)" })],
  inputs: [LIST, PATH],
  outputs: OUTPUT(T.list()),
  dynamicInputs: { label: "extra helper inputs" },
  async execute(inputs, ctx) {
    if (ctx.options.flow) {
      const output: unknown[] = [];
      await eachThroughHelper(inputs, ctx, (result) => output.push(result.output));
      return { output };
    }
    const path = parsePath(inputs.path === undefined ? "" : asText(inputs.path, "path", ctx));
    return { output: asList(inputs.list, "list", ctx).map((item) => getPath(item, path)) };
  },
};

const customFilter: CardDefinition = {
  type: "list.customFilter",
  title: "Custom Filter",
  category: "List",
  help: "Keeps the items for which the helper flow's `output` is true.",
  options: [FLOW_OPTION],
  inputs: [LIST],
  outputs: OUTPUT(T.list()),
  dynamicInputs: { label: "extra helper inputs" },
  async execute(inputs, ctx) {
    const output: unknown[] = [];
    await eachThroughHelper(inputs, ctx, (result, item) => {
      if (result.output === true) output.push(item);
    });
    return { output };
  },
};

const filter: CardDefinition = {
  type: "list.filter",
  title: "Filter",
  category: "List",
  help: "Keeps the items whose field (at `path`) compares true with `value`.",
  inputs: [LIST, ...MATCH],
  outputs: OUTPUT(T.list()),
  execute: (inputs, ctx) => ({ output: asList(inputs.list, "list", ctx).filter(matcher(inputs, ctx)) }),
};

const find: CardDefinition = {
  type: "list.find",
  title: "Find",
  category: "List",
  help: "The first item whose field (at `path`) compares true with `value`, and its index (-1 when none).",
  inputs: [LIST, ...MATCH],
  outputs: [field("output", T.any, { label: "item" }), field("index", T.number)],
  execute(inputs, ctx) {
    const list = asList(inputs.list, "list", ctx);
    const index = list.findIndex(matcher(inputs, ctx));
    return { output: index < 0 ? undefined : list[index], index };
  },
};

const pluck: CardDefinition = {
  type: "list.pluck",
  title: "Pluck",
  category: "List",
  help: "The value at `path` of each item.",
  inputs: [LIST, required("path", T.text)],
  outputs: OUTPUT(T.list()),
  execute(inputs, ctx) {
    const path = parsePath(asText(inputs.path, "path", ctx));
    return { output: asList(inputs.list, "list", ctx).map((item) => getPath(item, path)) };
  },
};

const length: CardDefinition = {
  type: "list.length",
  title: "Length",
  category: "List",
  help: "Number of items.",
  inputs: [LIST],
  outputs: OUTPUT(T.number),
  execute: (inputs, ctx) => ({ output: asList(inputs.list, "list", ctx).length }),
};

const at: CardDefinition = {
  type: "list.at",
  title: "At",
  category: "List",
  help: "The item at an index (0 = first; negative counts from the end).",
  inputs: [LIST, required("index", T.number)],
  outputs: OUTPUT(T.any, "item"),
  execute: (inputs, ctx) => ({ output: asList(inputs.list, "list", ctx).at(asNumber(inputs.index, "index", ctx)) }),
};

const append: CardDefinition = {
  type: "list.append",
  title: "Append",
  category: "List",
  help: "A new list with the item added at the end.",
  inputs: [LIST, field("item", T.any)],
  outputs: OUTPUT(T.list()),
  execute: (inputs, ctx) => ({ output: [...asList(inputs.list, "list", ctx), inputs.item] }),
};

/** A whole number of at least 0, or the card fails saying which input. */
function countOf(value: unknown, key: string, ctx: CardContext): number {
  const number = asNumber(value, key, ctx);
  if (!Number.isInteger(number) || number < 0)
    return ctx.fail(`Input "${key}" must be a whole number of 0 or more, got ${number}`, { code: "INVALID_INPUT" });
  return number;
}

const slice: CardDefinition = {
  type: "list.slice",
  title: "Slice",
  category: "List",
  help: "The items from `start` (0 = first), at most `count` of them; without `count`, to the end.",
  inputs: [LIST, required("start", T.number), field("count", T.number)],
  outputs: OUTPUT(T.list()),
  execute(inputs, ctx) {
    const list = asList(inputs.list, "list", ctx);
    const start = countOf(inputs.start, "start", ctx);
    const end = inputs.count === undefined ? list.length : start + countOf(inputs.count, "count", ctx);
    return { output: list.slice(start, end) };
  },
};

const flatten: CardDefinition = {
  type: "list.flatten",
  title: "Flatten",
  category: "List",
  help: "Replaces items that are lists by their items (one level).",
  inputs: [LIST],
  outputs: OUTPUT(T.list()),
  execute: (inputs, ctx) => ({ output: asList(inputs.list, "list", ctx).flat() }),
};

const unique: CardDefinition = {
  type: "list.unique",
  title: "Unique",
  category: "List",
  help: "The items without repeats (equal values count once; the first is kept).",
  inputs: [LIST],
  outputs: OUTPUT(T.list()),
  execute(inputs, ctx) {
    const output: unknown[] = [];
    for (const item of asList(inputs.list, "list", ctx))
      if (!output.some((kept) => deepEqual(kept, item))) output.push(item);
    return { output };
  },
};

const sort: CardDefinition = {
  type: "list.sort",
  title: "Sort",
  category: "List",
  help: "A sorted copy, by the items or their field at `path`: numbers numerically, texts lexicographically.",
  inputs: [LIST, PATH, field("order", T.text, { enum: ["ascending", "descending"] })],
  outputs: OUTPUT(T.list()),
  execute(inputs, ctx) {
    const path = parsePath(inputs.path === undefined ? "" : asText(inputs.path, "path", ctx));
    const direction = inputs.order === "descending" ? -1 : 1;
    const output = asList(inputs.list, "list", ctx)
      .slice()
      .sort((a, b) => direction * order(getPath(a, path), getPath(b, path)));
    return { output };
  },
};

export const LIST_CARDS = [
  forEach,
  map,
  filter,
  customFilter,
  find,
  pluck,
  length,
  at,
  slice,
  append,
  flatten,
  unique,
  sort,
];
