// One rule per contract: which operations can implement it and how well (see score.ts for the shared part).
import type { OperationFacts } from "./facts";
import { bodyEvidence, combine, queryIdOf, type Scored, scoreOperation } from "./score";
import { GROUP_NAME_PARAMETERS, LIFECYCLE_FIELDS, USER_NAME_PARAMETERS } from "./words";

export type Rule = (facts: OperationFacts) => Scored | undefined;

const WRITE = ["post", "put", "patch"] as const;
const found = (score: number, reason: string): Scored => ({ score, reasons: [reason] });
const none: Scored = { score: 0, reasons: [] };

function pagingEvidence(facts: OperationFacts): Scored {
  return facts.paging ? found(0.05, `pages by ${facts.paging}`) : none;
}

/** A list that can be narrowed by name: `?email=`, `?username=`, SCIM `?filter=`, `?search=`. */
function nameFilter(facts: OperationFacts, names: Set<string>): Scored | undefined {
  const parameter = facts.queryNames.find((name) => names.has(name));
  return parameter ? found(0.2, `filters by "${parameter}"`) : undefined;
}

/** A path that takes a login rather than an id: `/users/{email}`, `/users/{idOrEmail}`, `/users.lookupByEmail`. */
function loginInPath(facts: OperationFacts): Scored | undefined {
  const parameter = facts.pathParameters.find((entry) => /email|username|login/i.test(entry.name));
  if (parameter) return found(0.2, `takes the ${parameter.name} in the path`);
  if (facts.trailingWords.some((word) => ["email", "username", "login"].includes(word)))
    return found(0.2, `looks up by ${facts.trailingWords.join(" ")}`);
  const query = facts.requiredQueryNames.find((name) => ["email", "username", "login"].includes(name));
  return query ? found(0.2, `takes the ${query} in the query`) : undefined;
}

/** Sets the lifecycle through the record itself: SCIM PATCH (active) or a body with active/status/enabled. */
function lifecycleByUpdate(facts: OperationFacts, kind: "activate" | "deactivate"): Scored | undefined {
  if (facts.operation.method === "delete") return undefined;
  const base = scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: ["put", "patch"] });
  if (!base) return undefined;
  if (facts.scimPatch) return { score: base.score - 0.25, reasons: [...base.reasons, "SCIM PATCH sets active"] };
  const field = LIFECYCLE_FIELDS.find((name) => facts.requestFields.has(name));
  if (!field) return undefined;
  const said = facts.textActions.has(kind);
  return {
    score: base.score - (said ? 0.2 : 0.3),
    reasons: [...base.reasons, `its body sets "${field}"`, ...(said ? [`its summary says ${kind}`] : [])],
  };
}

function lifecycle(kind: "activate" | "deactivate"): Rule {
  return (facts) => {
    const explicit = scoreOperation(facts, {
      entity: "user",
      actions: [kind, "status"],
      one: true,
      methods: [...WRITE, "delete"],
    });
    if (explicit && facts.pathAction) return explicit;
    if (kind === "deactivate") {
      // Without a suspend, removing the user is the deactivation the API offers; its summary may say so.
      const removal = scoreOperation(facts, { entity: "user", actions: ["delete"], one: true });
      if (removal) {
        const said = facts.textActions.has("deactivate");
        const score = removal.score - (said ? 0.1 : 0.35);
        return {
          score,
          reasons: [...removal.reasons, said ? "its summary says deactivate" : "removal, not suspension"],
        };
      }
    }
    return lifecycleByUpdate(facts, kind);
  };
}

function membershipChange(kind: "add" | "remove"): Rule {
  return (facts) => {
    const action = kind === "add" ? "create" : "delete";
    const viaResource =
      scoreOperation(facts, {
        entity: "membership",
        actions: [action, "update"],
        one: kind === "remove",
        under: "group",
      }) ?? scoreOperation(facts, { entity: "membership", actions: [action], one: false, under: "group" });
    if (viaResource) return viaResource;
    // SCIM: PATCH /Groups/{id} with add/remove members operations.
    if (facts.scimPatch) {
      const base = scoreOperation(facts, { entity: "group", actions: ["update"], one: true, methods: ["patch"] });
      return base && { score: base.score - 0.15, reasons: [...base.reasons, `SCIM PATCH ${kind}s members`] };
    }
    return undefined;
  };
}

export const RULES: Record<string, Rule> = {
  "Proprietary Universal Logout": (facts) => {
    const onSessions = scoreOperation(facts, {
      entity: "session",
      actions: ["logout", "delete"],
      one: false,
      under: "user",
      methods: ["post", "delete", "put"],
    });
    const identified =
      facts.parentHasId ||
      facts.subjectHasId ||
      queryIdOf(facts, "user") !== undefined ||
      ["userid", "user", "id", "email"].some((name) => facts.requestFields.has(name));
    if (onSessions && identified && facts.parent === "user") return onSessions;
    const onUser = scoreOperation(facts, {
      entity: "user",
      actions: ["logout"],
      one: true,
      methods: ["post", "delete", "put"],
    });
    return onUser && { score: onUser.score + 0.05, reasons: onUser.reasons };
  },
  "Provisioning Create User": (facts) =>
    combine(
      scoreOperation(facts, { entity: "user", actions: ["create"], one: false, methods: ["post", "put"] }),
      bodyEvidence(facts, "user", "request"),
    ),
  "Provisioning Update User": (facts) =>
    combine(
      scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: WRITE.slice() }),
      bodyEvidence(facts, "user", "request"),
      facts.operation.method === "put" ? found(0.03, "PUT replaces the profile") : none,
    ),
  "Provisioning Update User Password": (facts) => {
    const explicit = scoreOperation(facts, {
      entity: "user",
      actions: ["password"],
      one: true,
      methods: WRITE.slice(),
    });
    if (explicit) return explicit;
    if (!facts.requestFields.has("password") && !facts.scimPatch) return undefined;
    const base = scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: ["put", "patch"] });
    const penalty = facts.scimPatch ? 0.2 : 0.25;
    return base && { score: base.score - penalty, reasons: [...base.reasons, "its body sets the password"] };
  },
  "Provisioning Activate User": lifecycle("activate"),
  "Provisioning Deactivate User": lifecycle("deactivate"),
  "Provisioning Get User by ID": (facts) => {
    const byLogin = loginInPath(facts);
    const idToo = facts.pathParameters.some((entry) => /id/i.test(entry.name.replace(/email/i, "")));
    return combine(
      scoreOperation(facts, { entity: "user", actions: ["read"], one: true, methods: ["get"] }),
      bodyEvidence(facts, "user", "response"),
      byLogin && !idToo ? { score: -0.2, reasons: ["it looks users up by login, not id"] } : none,
    );
  },
  "Provisioning Get User by UserName": (facts) => {
    const byLogin = loginInPath(facts);
    if (byLogin)
      return combine(
        scoreOperation(facts, { entity: "user", actions: ["read"], one: true, methods: ["get"] }),
        byLogin,
      );
    const filter = nameFilter(facts, USER_NAME_PARAMETERS);
    return (
      filter &&
      combine(
        scoreOperation(facts, { entity: "user", actions: ["list", "read"], one: false, methods: ["get"] }),
        filter,
      )
    );
  },
  "Provisioning List Users": (facts) => {
    if (facts.requiredQueryNames.some((name) => USER_NAME_PARAMETERS.has(name))) return undefined;
    return combine(
      scoreOperation(facts, { entity: "user", actions: ["list"], one: false, methods: ["get"] }),
      bodyEvidence(facts, "user", "response"),
      pagingEvidence(facts),
    );
  },
  "Provisioning Create Group": (facts) =>
    combine(
      scoreOperation(facts, { entity: "group", actions: ["create"], one: false, methods: ["post", "put"] }),
      bodyEvidence(facts, "group", "request"),
    ),
  "Provisioning Update Group": (facts) =>
    combine(
      scoreOperation(facts, { entity: "group", actions: ["update"], one: true, methods: WRITE.slice() }),
      // A SCIM PUT replaces the members too (RFC 7644 §3.5.1), which the contract does not carry: PATCH renames.
      facts.scimPatch
        ? found(0.06, "SCIM PATCH renames the group and keeps its members")
        : facts.operation.method === "put"
          ? found(0.03, "PUT replaces the group")
          : none,
    ),
  "Provisioning Remove Group": (facts) =>
    scoreOperation(facts, { entity: "group", actions: ["delete"], one: true, methods: ["delete", "post"] }),
  "Provisioning Add Group Members": membershipChange("add"),
  "Provisioning Remove Group Members": membershipChange("remove"),
  "Provisioning List Group Members": (facts) => {
    const listed = scoreOperation(facts, {
      entity: "membership",
      actions: ["list"],
      one: false,
      under: "group",
      methods: ["get"],
    });
    if (listed) {
      const scoped =
        facts.parentHasId || facts.queryNames.some((name) => ["groupid", "group", "usergroup"].includes(name));
      return scoped ? combine(listed, pagingEvidence(facts)) : undefined;
    }
    // SCIM: a group's members come with the group.
    if (!facts.scimPath || !facts.responseFields.has("members")) return undefined;
    const group = scoreOperation(facts, { entity: "group", actions: ["read"], one: true, methods: ["get"] });
    return group && { score: group.score - 0.2, reasons: [...group.reasons, "the group carries its members"] };
  },
  "Provisioning Get Group by ID": (facts) =>
    scoreOperation(facts, { entity: "group", actions: ["read"], one: true, methods: ["get"] }),
  "Provisioning List Groups": (facts) => {
    if (facts.requiredQueryNames.some((name) => GROUP_NAME_PARAMETERS.has(name))) return undefined;
    return combine(
      scoreOperation(facts, { entity: "group", actions: ["list"], one: false, methods: ["get"] }),
      bodyEvidence(facts, "group", "response"),
      pagingEvidence(facts),
    );
  },
  "Provisioning List Groups by Display Name": (facts) => {
    const filter = nameFilter(facts, GROUP_NAME_PARAMETERS);
    return (
      filter &&
      combine(
        scoreOperation(facts, { entity: "group", actions: ["list", "read"], one: false, methods: ["get"] }),
        filter,
      )
    );
  },
  "Provisioning List User Schema": (facts) => schemaList(facts, "schema"),
  "Provisioning List User Schema Property Values": (facts) => {
    const listed = schemaList(facts, "schema");
    return listed && { score: listed.score - 0.15, reasons: [...listed.reasons, "the schemas carry allowed values"] };
  },
  "Provisioning List Entitlement Schema": (facts) => schemaList(facts, "resourcetype"),
  "Provisioning List Entitlement Schema Property Values": (facts) =>
    combine(
      scoreOperation(facts, { entity: "entitlement", actions: ["list"], one: false, methods: ["get"] }),
      pagingEvidence(facts),
    ),
};

function schemaList(facts: OperationFacts, entity: "schema" | "resourcetype"): Scored | undefined {
  const listed = scoreOperation(facts, { entity, actions: ["list"], one: false, methods: ["get"] });
  if (!listed) return undefined;
  if (facts.scimPath) return { score: listed.score + 0.1, reasons: [...listed.reasons, "SCIM discovery endpoint"] };
  if (entity === "schema" && (facts.parent === "user" || facts.trailingWords.length === 0)) return listed;
  return undefined;
}
