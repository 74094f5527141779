// `ib` on the database file acts as the machine's owner: whoever can open the file can already read everything.
import type { Actor } from "./actor";

export const LOCAL_ACTOR: Actor = { userId: "local", email: "local", role: "owner", via: "local" };
