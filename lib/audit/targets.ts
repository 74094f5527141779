// Where the id of each audit target type is found: the route param that names it, and the key of the result object
// that holds it (a create names its target only once it has run).

/** Where a target type's id is: the route param, and the key of the result object that holds it. */
export const TARGET_TYPES: Record<string, { param: string; resultKey: string }> = {
  project: { param: "projectId", resultKey: "project" },
  spec: { param: "projectId", resultKey: "spec" },
  auth_config: { param: "authConfigId", resultKey: "authConfig" },
  connection: { param: "connectionId", resultKey: "connection" },
  flow: { param: "flowId", resultKey: "flow" },
  oin_app: { param: "oinAppId", resultKey: "oinApp" },
  token: { param: "tokenId", resultKey: "token" },
  role: { param: "", resultKey: "role" },
  user: { param: "userId", resultKey: "user" },
  audit: { param: "", resultKey: "" },
};
