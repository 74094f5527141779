// Certificates made by the test: a CA, a server certificate for 127.0.0.1/localhost and a client certificate it signs,
// plus a self-signed server certificate no CA vouches for.
import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

export interface KeyAndCertificate {
  key: string;
  cert: string;
}

export interface TestCertificates {
  ca: KeyAndCertificate;
  server: KeyAndCertificate;
  client: KeyAndCertificate;
  selfSigned: KeyAndCertificate;
}

function newKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  return {
    keyPem: privateKey,
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    publicKey: forge.pki.publicKeyFromPem(publicKey),
  };
}

let serial = 1;

function certificate(options: {
  commonName: string;
  publicKey: forge.pki.PublicKey;
  issuer?: { cert: forge.pki.Certificate; privateKey: forge.pki.PrivateKey };
  signingKey: forge.pki.PrivateKey;
  isCa?: boolean;
  serverNames?: boolean;
  clientAuth?: boolean;
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.publicKey;
  cert.serialNumber = String(serial++).padStart(2, "0");
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const subject = [{ name: "commonName", value: options.commonName }];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer ? options.issuer.cert.subject.attributes : subject);
  const extensions: object[] = [{ name: "basicConstraints", cA: Boolean(options.isCa) }];
  if (options.isCa) extensions.push({ name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true });
  else extensions.push({ name: "keyUsage", digitalSignature: true, keyEncipherment: true });
  if (options.serverNames) {
    extensions.push({ name: "extKeyUsage", serverAuth: true });
    extensions.push({
      name: "subjectAltName",
      altNames: [
        { type: 7, ip: "127.0.0.1" },
        { type: 2, value: "localhost" },
      ],
    });
  }
  if (options.clientAuth) extensions.push({ name: "extKeyUsage", clientAuth: true });
  cert.setExtensions(extensions);
  cert.sign(options.signingKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return cert;
}

export function makeTestCertificates(): TestCertificates {
  const caKeys = newKeyPair();
  const caCert = certificate({
    commonName: "IB Test CA",
    publicKey: caKeys.publicKey,
    signingKey: caKeys.privateKey,
    isCa: true,
  });
  const issuer = { cert: caCert, privateKey: caKeys.privateKey };
  const issued = (commonName: string, kind: "server" | "client") => {
    const keys = newKeyPair();
    const cert = certificate({
      commonName,
      publicKey: keys.publicKey,
      issuer,
      signingKey: caKeys.privateKey,
      serverNames: kind === "server",
      clientAuth: kind === "client",
    });
    return { key: keys.keyPem, cert: forge.pki.certificateToPem(cert) };
  };
  const selfKeys = newKeyPair();
  const selfCert = certificate({
    commonName: "127.0.0.1",
    publicKey: selfKeys.publicKey,
    signingKey: selfKeys.privateKey,
    serverNames: true,
  });
  return {
    ca: { key: caKeys.keyPem, cert: forge.pki.certificateToPem(caCert) },
    server: issued("127.0.0.1", "server"),
    client: issued("ib-test-client", "client"),
    selfSigned: { key: selfKeys.keyPem, cert: forge.pki.certificateToPem(selfCert) },
  };
}
