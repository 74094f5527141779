// Helper flows mapping one listed record of the API (`item`) to one contract record (`output`).
import type { Binding, Flow } from "../../../flow/model";
import { fromCard, fromEvent } from "../../../generate/bindings";
import { construct, scimGroupCards, scimUserCards } from "../../draft-cards";
import { groupFieldMap, userFieldMap } from "../../draft-fields";
import { helperFlow, ITEM_INPUTS } from "../../draft-flow";
import { looseName } from "../../words";

export const USER_TO_SCIM_FLOW = "Map a user to a SCIM user";
export const GROUP_TO_SCIM_FLOW = "Map a group to a SCIM group";
export const MEMBERSHIP_TO_MEMBER_FLOW = "Map a membership to a group member";

export type ListedKind = "user" | "group" | "member";

function itemMapperFlow(name: string, description: string, mapping: { cards: Flow["cards"]; output: Binding }): Flow {
  return helperFlow({
    name,
    description,
    inputs: ITEM_INPUTS,
    cards: mapping.cards,
    output: mapping.output,
    outputType: { type: "object" },
  });
}

export const ITEM_MAPPERS: Record<ListedKind, (fields: string[]) => Flow> = {
  user: (fields) => {
    const user = scimUserCards(userFieldMap(fields), (field) => fromEvent("item", field));
    return itemMapperFlow(USER_TO_SCIM_FLOW, `Maps one user record of the API (${fields.join(", ")}) to a SCIM user.`, {
      cards: user.cards,
      output: user.user,
    });
  },
  group: (fields) => {
    const group = scimGroupCards(groupFieldMap(fields), (field) => fromEvent("item", field));
    return itemMapperFlow(GROUP_TO_SCIM_FLOW, `Maps one group of the API (${fields.join(", ")}) to a SCIM group.`, {
      cards: group.cards,
      output: group.group,
    });
  },
  member: (fields) => {
    const byLoose = new Map(fields.map((field) => [looseName(field), field]));
    const value = ["userid", "memberid", "accountid", "user", "id"].map((name) => byLoose.get(name)).find(Boolean);
    const display = ["display", "displayname", "name", "email", "username"]
      .map((name) => byLoose.get(name))
      .find(Boolean);
    const values: Record<string, Binding> = {};
    if (value) values.value = fromEvent("item", value);
    if (display) values.display = fromEvent("item", display);
    return itemMapperFlow(MEMBERSHIP_TO_MEMBER_FLOW, `Maps one member record of the API (${fields.join(", ")}).`, {
      cards: [construct("member", "Group member", values)],
      output: fromCard("member", "output"),
    });
  },
};
