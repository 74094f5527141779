// The vocabulary the planner reads API descriptions with: words of paths, names and summaries, the entities
// they name and the actions they say.

/** "lookupByEmail", "group_memberships", "admin.users.remove" → ["lookup","by","email"], … (lower-case). */
export function wordsOf(text: string): string[] {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // "log_out", "signOut": one verb in two words.
  return words.flatMap((word, index) =>
    word === "out" && ["log", "sign"].includes(words[index - 1] ?? "")
      ? []
      : ["log", "sign"].includes(word) && words[index + 1] === "out"
        ? [`${word}out`]
        : [word],
  );
}

/** A field or parameter name compared loosely: "first_name", "firstName", "FirstName" → "firstname". */
export const looseName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "");

const IRREGULAR: Record<string, string> = { people: "person", statuses: "status", aliases: "alias" };

export function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

export type Entity = "user" | "group" | "membership" | "session" | "schema" | "resourcetype" | "entitlement";

const ENTITY_WORDS: Record<string, Entity> = {
  user: "user",
  account: "user",
  person: "user",
  employee: "user",
  identity: "user",
  principal: "user",
  teammate: "user",
  // "team-members", "TeamMember": the people of the account, not a team's memberships.
  teammember: "user",
  group: "group",
  usergroup: "group",
  team: "group",
  member: "membership",
  membership: "membership",
  session: "session",
  // A user's token(s) revoked at once end their sessions.
  token: "session",
  schema: "schema",
  resourcetype: "resourcetype",
  entitlement: "entitlement",
  role: "entitlement",
  permission: "entitlement",
};

/** The entity a (singular) word names, if any; compound words like "usergroups" count by their last part. */
export function entityOf(word: string): Entity | undefined {
  return ENTITY_WORDS[singular(word)];
}

export type Action =
  | "create"
  | "read"
  | "list"
  | "update"
  | "delete"
  | "activate"
  | "deactivate"
  | "status"
  | "password"
  | "logout";

const ACTION_WORDS: Record<string, Action> = {
  create: "create",
  add: "create",
  assign: "create",
  new: "create",
  invite: "create",
  insert: "create",
  register: "create",
  provision: "create",
  get: "read",
  info: "read",
  read: "read",
  show: "read",
  retrieve: "read",
  fetch: "read",
  lookup: "read",
  find: "read",
  detail: "read",
  list: "list",
  all: "list",
  index: "list",
  search: "list",
  query: "list",
  browse: "list",
  update: "update",
  edit: "update",
  modify: "update",
  set: "update",
  patch: "update",
  replace: "update",
  change: "update",
  delete: "delete",
  remove: "delete",
  unassign: "delete",
  destroy: "delete",
  deprovision: "delete",
  erase: "delete",
  purge: "delete",
  activate: "activate",
  enable: "activate",
  unblock: "activate",
  unsuspend: "activate",
  reactivate: "activate",
  restore: "activate",
  unlock: "activate",
  resume: "activate",
  deactivate: "deactivate",
  disable: "deactivate",
  block: "deactivate",
  suspend: "deactivate",
  archive: "deactivate",
  lock: "deactivate",
  inactive: "deactivate",
  status: "status",
  state: "status",
  lifecycle: "status",
  password: "password",
  passwd: "password",
  credential: "password",
  logout: "logout",
  signout: "logout",
  revoke: "logout",
  terminate: "logout",
  invalidate: "logout",
  kill: "logout",
  logoff: "logout",
  // "reset" is not here: a password reset is not a logout.
};

export function actionOf(word: string): Action | undefined {
  return ACTION_WORDS[word] ?? ACTION_WORDS[singular(word)];
}

/** Query parameters that say where a page starts (loose), by the paging style they belong to. */
export const POSITION_PARAMETERS: Record<string, "scim" | "page" | "offset" | "cursor"> = {
  startindex: "scim",
  page: "page",
  pagenumber: "page",
  offset: "offset",
  skip: "offset",
  cursor: "cursor",
  after: "cursor",
  pagetoken: "cursor",
  nextpagetoken: "cursor",
  startingafter: "cursor",
  startafter: "cursor",
  afterid: "cursor",
  continuationtoken: "cursor",
  nexttoken: "cursor",
};

/** Position parameters (loose) that name an item to start after, not an opaque token: keyset paging. */
export const KEYSET_PARAMETERS = new Set(["startingafter", "startafter", "afterid"]);

/** Query parameters that say how big a page is (loose), and the style each hints at when nothing says where. */
export const SIZE_PARAMETERS: Record<string, "scim" | "page" | "offset"> = {
  count: "scim",
  perpage: "page",
  pagesize: "page",
  limit: "offset",
  top: "offset",
  maxresults: "offset",
  size: "page",
};

/** Response fields that carry the next page's cursor or link. */
export const NEXT_PAGE_FIELDS = new Set([
  "nextcursor",
  "nextpagetoken",
  "cursor",
  "next",
  "nextpage",
  "nextlink",
  "responsemetadata",
  "links",
  "paging",
  "pagination",
]);

/** Field names of a user record (loose), SCIM's and the usual REST spellings. */
export const USER_FIELDS = new Set([
  "username",
  "login",
  "email",
  "emails",
  "emailaddress",
  "primaryemail",
  "firstname",
  "givenname",
  "lastname",
  "familyname",
  "surname",
  "displayname",
  "fullname",
  "name",
  "active",
  "status",
  "title",
  "phone",
  "phonenumbers",
  "locale",
  "timezone",
  "externalid",
]);

/** Field names of a group record (loose). */
export const GROUP_FIELDS = new Set(["name", "displayname", "description", "members", "handle", "path", "membercount"]);

/** Parameters that search a list by a query of any kind (a filter expression, free text). */
const SEARCH_PARAMETERS = ["filter", "filterterm", "search", "searchterm", "searchtext", "query", "q"];

/** Parameters that find a user by its login rather than its id. */
export const USER_NAME_PARAMETERS = new Set([
  "email",
  "username",
  "login",
  "loginname",
  "emailaddress",
  ...SEARCH_PARAMETERS,
  "identifier",
  "credentialsidentifier",
]);

/** Parameters that find a group by its name. */
export const GROUP_NAME_PARAMETERS = new Set(["name", "displayname", "groupname", ...SEARCH_PARAMETERS]);

/** Path words that say how a record is addressed, not what it is (`/users/by/email`, `.json`). */
export const ADDRESSING_WORDS = new Set([
  "by",
  "json",
  "xml",
  "id",
  "ids",
  "email",
  "username",
  "name",
  "login",
  "admin",
  "profile",
  "bulk",
  "batch",
]);

/** Body fields that carry a record's lifecycle state. */
export const LIFECYCLE_FIELDS = [
  "active",
  "status",
  "enabled",
  "state",
  "suspended",
  "disabled",
  "blocked",
  "locked",
  "isactive",
  "isenabled",
  "isdisabled",
  "issuspended",
  "islocked",
  "lockstatus",
  "userstatus",
  "accountstatus",
];

/** Path words naming the tenant the records live in (`/accounts/{id}/users`, `/{realm}/users`), not a parent record. */
export const TENANT_WORDS = new Set([
  "account",
  "org",
  "organization",
  "organisation",
  "enterprise",
  "realm",
  "tenant",
  "workspace",
  "customer",
  "company",
  "site",
  "instance",
  "namespace",
  "domain",
]);

/** Path words that name the authenticated caller (`/users/me`, `/self`, `/user/current`), never another user. */
export const CALLER_WORDS = new Set(["me", "self", "current", "my", "mine", "whoami", "myself", "authenticated"]);

/** Path words before an entity that do not make it something else (`/api/v1/users`, `/admin/users`, `/scim/v2/Users`). */
export const NEUTRAL_PREFIX_WORDS = new Set([
  "api",
  "apis",
  "rest",
  "admin",
  "scim",
  "public",
  "internal",
  "management",
  "manage",
  "iam",
  "identity",
  "directory",
  "auth",
  "core",
  "platform",
  "web",
  "beta",
  "alpha",
  "preview",
  "latest",
  "provisioning",
  "json",
  "meta",
  "metadata",
]);

/** Parameters that identify one record when an RPC-style API takes the id in the query. */
export const ID_PARAMETERS: Record<"user" | "group", Set<string>> = {
  user: new Set(["id", "user", "userid", "usersid", "email", "username", "login", "idoremail", "accountid"]),
  group: new Set(["id", "group", "groupid", "usergroup", "usergroupid", "teamid", "team"]),
};
