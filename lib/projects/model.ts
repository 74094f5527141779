// A project: where an integration is built (spec, auth configs, connections, flows), linked to at most one OIN app.

/** The only protocol projects are built with; shown on the General tab. */
export const PROJECT_PROTOCOL = "Build with no-code integration builder";

/** The Status shown for a project with no OIN app. */
export const NOT_LINKED = "Not linked";

export const PROJECT_LIMITS = { name: 100, description: 1024 } as const;

/** The top-level folders every project has; flows live in them. */
export const PROJECT_FOLDERS = ["Shared Folder", "Actions"] as const;

export interface ProjectInput {
  name: string;
  description?: string;
}

export interface ProjectView {
  id: string;
  name: string;
  description: string;
  hasLogo: boolean;
  oinApp: { id: string; displayName: string; status: string } | null;
  /** The linked OIN app's status, or NOT_LINKED. */
  status: string;
  protocol: typeof PROJECT_PROTOCOL;
  createdAt: string;
  updatedAt: string;
}
