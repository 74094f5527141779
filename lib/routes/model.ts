// What a page knows of its user's rights, by route: types only, so client components can hold them.
import type { RouteKey } from "./manifest";

export type Allowed = { allowed: true } | { allowed: false; reason: string };

/** A page's answers, by route key ("DELETE /api/projects/[projectId]"). */
export type AllowedRoutes = Partial<Record<RouteKey, Allowed>>;
