// The owner the setup project creates through the owner setup page; the other specs start signed in as it.
import { join } from "node:path";

export const OWNER = { email: "owner@example.test", password: "correct horse battery staple" };

/** The signed-in owner's cookies, saved by owner.setup.ts (in the e2e server's own data folder). */
export const OWNER_STATE = join("data", `e2e-${process.env.IB_E2E_PORT ?? 3107}`, "owner-state.json");
