// Places a named value in a header, the query or a cookie (custom auth parameters, dynamic API keys).
import type { OutgoingRequest } from "./types";

export interface PlacedValue {
  in: "header" | "query" | "cookie";
  name: string;
  value: string;
}

export function placeValue(request: OutgoingRequest, { in: where, name, value }: PlacedValue): void {
  if (where === "query") request.url.searchParams.append(name, value);
  else if (where === "cookie") {
    const cookie = `${name}=${value}`;
    request.headers.cookie = request.headers.cookie ? `${request.headers.cookie}; ${cookie}` : cookie;
  } else request.headers[name.toLowerCase()] = value;
}
