// `ib` run on the machine that holds the database file acts as its owner: whoever can read that file (and the
// secret key beside it) already holds everything, so local commands need no sign-in.
import type { Actor } from "./actor";

export const LOCAL_OWNER: Actor = { userId: "local", email: "local ib (database file)", role: "owner", via: "local" };
