// A user as the Users page and routes show it. Types only.
import type { InstanceRole } from "./actor";

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: InstanceRole;
  createdAt: string;
}
