import { describe, expect, it } from "vitest";
import { databaseEngine } from "@/lib/db/engine";

describe("databaseEngine", () => {
  it("reads the engine from the URL's scheme", () => {
    expect(databaseEngine("file:./data/ib.db")).toBe("sqlite");
    expect(databaseEngine("postgresql://ib@127.0.0.1:5432/ib")).toBe("postgresql");
    expect(databaseEngine("postgres://ib@db.internal/ib")).toBe("postgresql");
  });

  it("refuses another scheme, naming the accepted forms and never the rest of the URL", () => {
    const refusal = () => databaseEngine("mysql://root:hunter2@127.0.0.1/ib");
    expect(refusal).toThrow(/file:PATH .* postgresql:\/\/\.\.\. \(got "mysql:\.\.\."\)/);
    expect(refusal).not.toThrow(/hunter2/);
  });
});
