import { networkInterfaces } from "node:os";

// `next dev` refuses dev resources to other origins; its own "Network:" URL is one of this machine's IPv4 addresses.
const ownAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((address) => address && !address.internal && address.family === "IPv4")
  .map((address) => address.address);

/** @type {import('next').NextConfig} */
const nextConfig = {
  allowedDevOrigins: ownAddresses,
  // Separate build folders let several builds (e.g. parallel browser-test servers) share a checkout.
  distDir: process.env.IB_NEXT_DIST ?? ".next",
  // Native and Node-only modules stay out of the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@apidevtools/swagger-parser",
  ],
  // The OAuth callbacks' queries (Connect's and OIDC sign-in's) hold an authorization code and state: never written
  // to the request log.
  logging: { incomingRequests: { ignore: [/\/api\/oauth\/callback/, /\/api\/auth\/callback\//] } },
  experimental: {
    // Spec uploads are sent as form data; the ingest applies its own configurable limit (IB_SPEC_MAX_BYTES).
    serverActions: { bodySizeLimit: "60mb" },
    proxyClientMaxBodySize: "60mb",
  },
};

export default nextConfig;
