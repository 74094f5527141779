// Certifies a bundle's ON action flows (no database): the connection from a file or a base URL and values.
import { type BundleConnectionSource, resolveBundleConnection } from "../bundle/run";
import type { ProjectBundle } from "../bundle/model";
import type { CertifyReport } from "./report";
import { runCertification } from "./runner";

export async function certifyBundle(bundle: ProjectBundle, source: BundleConnectionSource): Promise<CertifyReport> {
  const connection = await resolveBundleConnection(bundle, source);
  return runCertification({ flows: bundle.flows, connection });
}
