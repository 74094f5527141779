// The few parts of oidc-provider (ships no types) that the test OAuth server uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface Token {
    scope?: string;
    expiration: number;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }
  interface TokenModel {
    new (fields: Record<string, unknown>): Token;
    find(value: string): Promise<Token | undefined>;
  }
  interface Client {
    clientId: string;
  }
  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  interface Context {
    oidc: { params?: Record<string, unknown>; client?: Client };
    body: unknown;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    AccessToken: TokenModel;
    ClientCredentials: TokenModel;
    RefreshToken: TokenModel;
    Grant: new (fields: {
      accountId: string;
      clientId: string;
    }) => Grant;
    Client: { new (...args: never[]): Client; find(id: string): Promise<Client | undefined> };
    registerGrantType(name: string, handler: (ctx: Context) => Promise<void>, parameters?: string[]): void;
    on(event: "grant.success", listener: (ctx: Context) => void): void;
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }

  export const errors: { InvalidGrant: new (description: string) => Error };
}
