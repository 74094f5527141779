// HTTP Basic. Values: `username`, `password` (may be blank). Settings: none.
import { HttpPreflightError } from "../errors";
import type { AuthApplierFactory } from "./types";

export const basicAuth: AuthApplierFactory = ({ connection }) => {
  const { username, password = "" } = connection.auth.values;
  const header = `Basic ${Buffer.from(`${username ?? ""}:${password}`).toString("base64")}`;
  return {
    apply(request) {
      if (!username) throw new HttpPreflightError("Basic auth: the connection has no username");
      request.headers.authorization = header;
    },
  };
};
