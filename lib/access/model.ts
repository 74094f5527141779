// A project role as the Roles page shows it. Types only.
import type { ProjectRoleKey } from "./roles";

export interface ProjectRoleView {
  /** As people see and grant it: "Acme POST". */
  name: string;
  key: ProjectRoleKey;
  project: { id: string; name: string };
  /** The admin role, or a verb the spec or flows use now; false for a role kept only for its grants. */
  inUse: boolean;
  /** Who holds it: everyone to those who may grant it, else only the reader's own grant (docs/security.md). */
  holders: RoleHolder[];
  /** How many hold it, whoever reads. */
  holderCount: number;
}

export interface RoleHolder {
  email: string;
  userId?: string;
  grantedAt: string;
}
