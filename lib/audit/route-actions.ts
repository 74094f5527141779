// The readable action of each state-changing route ("METHOD pattern", params by their names) and what it acts on.
// `null`: the route changes nothing (a plan computed for a dialog) and is not recorded.

export interface RouteAction {
  action: string;
  /** The target's type; its id comes from the result or the route's params (`TARGET_TYPES`). */
  target: string;
}

const on = (action: string, target = action.split(".")[0]): RouteAction => ({ action, target });

export const ROUTE_ACTIONS: Record<string, RouteAction | null> = {
  "POST /api/projects": on("project.create"),
  "PATCH /api/projects/[projectId]": on("project.update"),
  "DELETE /api/projects/[projectId]": on("project.delete"),
  "POST /api/projects/[projectId]/link": on("project.link"),
  "DELETE /api/projects/[projectId]/link": on("project.unlink"),
  "PUT /api/projects/[projectId]/logo": on("project.logo_update"),
  "POST /api/projects/[projectId]/logo": on("project.logo_update"),
  "PUT /api/projects/[projectId]/logging": on("project.logging_update"),
  "POST /api/projects/[projectId]/bundle": on("project.bundle_import"),
  "POST /api/projects/[projectId]/spec": on("spec.upload"),
  "POST /api/projects/[projectId]/auth-configs": on("auth_config.create"),
  "POST /api/projects/[projectId]/auth-configs/generate": on("auth_config.generate", "project"),
  "PUT /api/projects/[projectId]/auth-configs/[authConfigId]": on("auth_config.update"),
  "DELETE /api/projects/[projectId]/auth-configs/[authConfigId]": on("auth_config.delete"),
  "PUT /api/projects/[projectId]/auth-configs/[authConfigId]/mapping": on("auth_config.mapping_update"),
  "POST /api/projects/[projectId]/connections": on("connection.create"),
  "PUT /api/projects/[projectId]/connections/[connectionId]": on("connection.update"),
  "DELETE /api/projects/[projectId]/connections/[connectionId]": on("connection.delete"),
  "POST /api/projects/[projectId]/connections/[connectionId]/clone": on("connection.clone"),
  "POST /api/projects/[projectId]/connections/[connectionId]/oauth/start": on("connection.oauth_start"),
  "POST /api/connections/[connectionId]/test": on("connection.test"),
  "POST /api/projects/[projectId]/flows": on("flow.create"),
  "POST /api/projects/[projectId]/flows/import": on("flow.import", "project"),
  "POST /api/projects/[projectId]/core-flows": on("flow.generate_core", "project"),
  "POST /api/projects/[projectId]/core-flows/plan": null,
  "PUT /api/flows/[flowId]": on("flow.update"),
  "DELETE /api/flows/[flowId]": on("flow.delete"),
  "PUT /api/flows/[flowId]/draft": on("flow.draft_save"),
  "POST /api/flows/[flowId]/enabled": on("flow.switch"),
  "POST /api/flows/[flowId]/run": on("flow.run"),
  "POST /api/flows/[flowId]/test-run": on("flow.test_run"),
  "POST /api/flows/[flowId]/tests": on("flow.test_create"),
  "POST /api/projects/[projectId]/actions": on("action.add", "project"),
  "POST /api/projects/[projectId]/actions/flows": on("action.flow_create", "flow"),
  "POST /api/projects/[projectId]/actions/generate": on("action.generate", "project"),
  "POST /api/projects/[projectId]/actions/plan": null,
  "POST /api/projects/[projectId]/actions/tests": on("action.test_run", "project"),
  "POST /api/projects/[projectId]/validate": on("validation.run", "project"),
  "POST /api/projects/[projectId]/certify": on("certification.run", "project"),
  "POST /api/projects/[projectId]/submit": on("submission.submit", "project"),
  "POST /api/oin-apps": on("oin_app.create"),
  "POST /api/oin-apps/start-building": on("oin_app.start_building"),
  "PUT /api/oin-apps/[oinAppId]": on("oin_app.update"),
  "DELETE /api/oin-apps/[oinAppId]": on("oin_app.delete"),
  "PUT /api/oin-apps/[oinAppId]/logo": on("oin_app.logo_update"),
  "POST /api/oin-apps/[oinAppId]/logo": on("oin_app.logo_update"),
  "POST /api/tokens": on("token.create"),
  "DELETE /api/tokens/[tokenId]": on("token.revoke"),
  "PUT /api/audit/retention": on("audit.retention_update", "audit"),
};

/** Where a target type's id is: the route param, and the key of the result object that holds it. */
export const TARGET_TYPES: Record<string, { param: string; resultKey: string }> = {
  project: { param: "projectId", resultKey: "project" },
  spec: { param: "projectId", resultKey: "spec" },
  auth_config: { param: "authConfigId", resultKey: "authConfig" },
  connection: { param: "connectionId", resultKey: "connection" },
  flow: { param: "flowId", resultKey: "flow" },
  oin_app: { param: "oinAppId", resultKey: "oinApp" },
  token: { param: "tokenId", resultKey: "token" },
};
