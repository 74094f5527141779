// Bearer token. Values: `token`. Settings: none.
import { HttpPreflightError } from "../errors";
import type { AuthApplierFactory } from "./types";

export const bearerAuth: AuthApplierFactory = ({ connection }) => {
  const { token } = connection.auth.values;
  const header = `Bearer ${token}`;
  return {
    apply(request) {
      if (!token) throw new HttpPreflightError("Bearer auth: the connection has no token");
      request.headers.authorization = header;
    },
  };
};
