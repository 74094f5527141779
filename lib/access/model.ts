// A project role as the Roles page shows it. Types only.
import type { ProjectRoleKey } from "./roles";

export interface ProjectRoleView {
  /** As people see and grant it: "Acme POST". */
  name: string;
  key: ProjectRoleKey;
  project: { id: string; name: string };
  /** The admin role, or a verb the spec or flows use now; false for a role kept only for its grants. */
  inUse: boolean;
  holders: RoleHolder[];
}

export interface RoleHolder {
  email: string;
  userId?: string;
  grantedAt: string;
}
