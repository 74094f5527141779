// Module hooks for running lib/ from its sources under Node (bin/ib.js through tsx): "server-only" resolves under
// the react-server condition, to its no-op, as it does in Next's server bundles and in the bundled `ib`
// (scripts/build-cli.js). `ib` only ever runs on the server.
export function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
