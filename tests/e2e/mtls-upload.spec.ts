import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./helpers/test";
import { makeTestCertificates } from "../helpers/servers/tls";

// A Mutual TLS connection whose certificate and key are uploaded as PEM files (made by the test) in real Chromium:
// a too-big or non-PEM file is refused with a message, the saved key is masked after reload.

const MASK = "••••••••";
/** A textarea's value has LF line ends; node-forge writes PEM with CRLF. */
const asTyped = (pem: string) => pem.replace(/\r\n/g, "\n");

test("a Mutual TLS connection takes its certificate and key from uploaded PEM files", async ({ page, request }) => {
  const certificates = makeTestCertificates();
  const folder = mkdtempSync(path.join(tmpdir(), "ib-mtls-"));
  try {
    const certificateFile = path.join(folder, "client.crt");
    const keyFile = path.join(folder, "client.key");
    writeFileSync(certificateFile, certificates.client.cert);
    writeFileSync(keyFile, certificates.client.key);

    const created = await request.post("/api/projects", { data: { name: "mTLS upload" } });
    expect(created.ok()).toBe(true);
    const projectId = (await created.json()).project.id as string;
    const config = await request.post(`/api/projects/${projectId}/auth-configs`, {
      data: {
        name: "Client certificate",
        type: "mutualTls",
        settings: {},
        parameters: [],
        configValues: [],
        mapping: {},
      },
    });
    expect(config.ok(), await config.text()).toBe(true);

    await page.goto(`/projects/${projectId}/connections`);
    await page.getByLabel("Auth configuration", { exact: true }).selectOption({ label: "Client certificate" });
    await page.getByRole("button", { name: "New connection" }).click();
    const editor = page.getByRole("region", { name: "New connection" });
    await editor.getByLabel("Name", { exact: true }).fill("Client cert");
    await editor.getByLabel("Host").fill("127.0.0.1");

    await editor
      .getByLabel("Upload Certificate (PEM)", { exact: true })
      .setInputFiles({ name: "huge.pem", mimeType: "text/plain", buffer: Buffer.alloc(70 * 1024, "A") });
    await expect(
      editor.getByRole("alert").filter({ hasText: "huge.pem is 70 KB; a PEM file can be at most 64 KB." }),
    ).toBeVisible();
    await editor.getByLabel("Upload Certificate (PEM)", { exact: true }).setInputFiles({
      name: "client.der",
      mimeType: "application/octet-stream",
      buffer: Buffer.from([0x30, 0x82, 0x01]),
    });
    await expect(editor.getByRole("alert").filter({ hasText: "client.der holds no PEM text" })).toBeVisible();

    await editor.getByLabel("Upload Certificate (PEM)", { exact: true }).setInputFiles(certificateFile);
    await expect(editor.getByLabel("Certificate (PEM)", { exact: true })).toHaveValue(
      asTyped(certificates.client.cert),
    );
    await expect(editor.getByRole("alert")).toHaveCount(0);
    await editor.getByLabel("Upload Private key (PEM)", { exact: true }).setInputFiles(keyFile);
    await expect(editor.getByLabel("Private key (PEM)", { exact: true })).toHaveValue(asTyped(certificates.client.key));
    await page.getByRole("button", { name: "Save connection" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The connection was not saved" })).toHaveCount(0);
    await expect(page.getByRole("row", { name: "Client cert" })).toBeVisible();

    await page.reload();
    await page.getByRole("row", { name: "Client cert" }).getByRole("button", { name: "Edit" }).click();
    const saved = page.getByRole("region", { name: /Edit connection/ });
    await expect(saved.getByLabel("Certificate (PEM)", { exact: true })).toHaveValue(asTyped(certificates.client.cert));
    await expect(saved.getByLabel("Private key (PEM)", { exact: true })).toHaveValue(MASK);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
