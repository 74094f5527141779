// Which database engine a DATABASE_URL names, by its scheme: the embedded SQLite file or a PostgreSQL server.

export type DatabaseEngine = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/ib.db";

/** The engine of `url`; anything but the two accepted forms is refused with both of them named. */
export function databaseEngine(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): DatabaseEngine {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  // Only the scheme is shown: the rest of a URL can hold a password.
  throw new Error(
    `DATABASE_URL must be file:PATH (the embedded SQLite database) or postgresql://... (got "${url.split(":")[0]}:...")`,
  );
}
