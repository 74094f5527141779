// Tests that call route handlers directly call them at their real URL, as Next would: route() finds the route's
// manifest entry from it. `at` names the pattern of a route module the test loaded; `urlOf` gives a handler's URL.
type Handler = (...args: never[]) => unknown;

const patterns = new WeakMap<Handler, string>();

/** Registers the handlers of the route module at `pattern` ("/api/flows/[flowId]/run"); returns the module. */
export function at<M extends object>(pattern: string, module: M): M {
  for (const value of Object.values(module)) if (typeof value === "function") patterns.set(value as Handler, pattern);
  return module;
}

/** The URL of a pattern with its params in place, and an optional query ("?a=b"). */
export function routeUrl(pattern: string, params: Record<string, string> = {}, query = ""): string {
  const path = pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`${pattern} needs the param ${name}`);
    return encodeURIComponent(params[name]);
  });
  return `http://127.0.0.1${path}${query}`;
}

/** The URL to call `handler` at, with `params` in its path; the handler's module must be registered with `at`. */
export function urlOf(handler: Handler, params: Record<string, string> = {}, query = ""): string {
  const pattern = patterns.get(handler);
  if (!pattern) throw new Error("this handler's route module was not loaded through at(pattern, module)");
  return routeUrl(pattern, params, query);
}
