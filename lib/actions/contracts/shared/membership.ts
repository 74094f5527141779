// Add and Remove Group Members: a membership sub-resource, else what the operation's style offers (SCIM PATCH).
import type { OperationFacts } from "../../facts";
import { type Scored, scoreOperation } from "../../score";
import { styleOfFacts } from "../../styles";
import type { MembershipChange } from "../../styles/model";

export function recogniseMembershipChange(kind: MembershipChange) {
  return (facts: OperationFacts): Scored | undefined => {
    const action = kind === "add" ? "create" : "delete";
    const viaResource =
      scoreOperation(facts, {
        entity: "membership",
        actions: [action, "update"],
        one: kind === "remove",
        under: "group",
      }) ?? scoreOperation(facts, { entity: "membership", actions: [action], one: false, under: "group" });
    // `PUT /groups/{id}/users/{userId}`: the membership is put in place by its own address.
    // `usergroups.users.update`: the member list replaced as a whole adds and removes alike.
    const replaced =
      kind === "remove"
        ? scoreOperation(facts, { entity: "membership", actions: ["update"], one: false, under: "group" })
        : undefined;
    if (!viaResource && replaced)
      return { score: replaced.score - 0.1, reasons: [...replaced.reasons, "replaces the member list"] };
    const putInPlace =
      kind === "add"
        ? scoreOperation(facts, {
            entity: "membership",
            actions: ["update", "create"],
            one: true,
            under: "group",
            methods: ["put", "post"],
          })
        : undefined;
    return (
      viaResource ??
      (putInPlace && { score: putInPlace.score - 0.05, reasons: [...putInPlace.reasons, "puts one membership"] }) ??
      styleOfFacts(facts).membershipByUpdate(facts, kind)
    );
  };
}
