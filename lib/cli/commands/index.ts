// The command registry: "words" -> its summary and a loader of its module, so each command starts with only what
// it needs.
import type { CliIo } from "../io";
import type { RemoteTarget } from "../remote-target";

export interface CliCommand {
  /** The command's words: "project show". */
  name: string;
  /** Whether it has a JSON route (a manifest entry names it). */
  callsRoute: boolean;
  usage: string;
  /** With `target`, the command calls that instance's JSON route instead of the local database. */
  run(args: string[], io: CliIo, target?: RemoteTarget): Promise<number>;
}

/** A command's one-line summary lives here, so `ib --help` lists every command without loading any. */
export interface CommandEntry {
  summary: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  "spec check": {
    summary: "Check an OpenAPI 3.x file: counts, security schemes, warnings",
    load: () => import("./spec-check").then((module) => module.specCheck),
  },
  "auth generate": {
    summary: "Generate auth configurations from a spec file, or into a project from its current spec",
    load: () => import("./auth-generate").then((module) => module.authGenerate),
  },
  generate: {
    summary:
      "Generate auth configurations, core flows (httpHelper, _authping, Custom API Action) and action flows into a bundle",
    load: () => import("./generate").then((module) => module.generate),
  },
  run: {
    summary: "Run a flow of a bundle against an API through a connection",
    load: () => import("./run").then((module) => module.run),
  },
  certify: {
    summary: "Certify a bundle's ON action flows against the live API: every case of the test plan, then clean up",
    load: () => import("./certify").then((module) => module.certify),
  },
  "oin configure": {
    summary:
      "Configure your integration of a project's OIN app: the flow of each operation, support email, test account",
    load: () => import("./oin-configure").then((module) => module.oinConfigure),
  },
  "submission show": {
    summary: "Read a downloaded submission package back: project, flows, validation and last certification",
    load: () => import("./submission").then((module) => module.submissionShow),
  },
  "submission submit": {
    summary:
      "Submit a project's integration for OIN review (the gate: validation, operations mapped, a recent passed certification)",
    load: () => import("./submission").then((module) => module.submissionSubmit),
  },
  contracts: {
    summary: "List the API Integration Action contracts (capability, OIN group, required, schemas)",
    load: () => import("./contracts").then((module) => module.contracts),
  },
  "actions plan": {
    summary: "Plan the API Integration Actions over a spec: the operation for each contract, or none",
    load: () => import("./actions").then((module) => module.actionsPlan),
  },
  "actions generate": {
    summary: "Generate a project's action flows from its plan (runner-ups chosen with --choose); edited flows are kept",
    load: () => import("./actions").then((module) => module.actionsGenerate),
  },
  test: {
    summary: "Run a bundle's test flows: each action's outputs checked against its contract",
    load: () => import("./test").then((module) => module.test),
  },
  "action add": {
    summary: "Add an action (a contract) to a project, if its OIN app's capabilities allow it",
    load: () => import("./action").then((module) => module.actionAdd),
  },
  "action list": {
    summary: "List a project's actions with their flows and test flows",
    load: () => import("./action").then((module) => module.actionList),
  },
  "action new-flow": {
    summary: "Create an action flow from its contract (+ New Flow > Add event > contract), OFF",
    load: () => import("./action").then((module) => module.actionNewFlow),
  },
  "action new-test": {
    summary: "Create a test flow of an action flow, with inputs sampled from its contract unless given",
    load: () => import("./action").then((module) => module.actionNewTest),
  },
  "action test": {
    summary: "Run a project's test flow (or, with --contract, every test of that action); exit 1 when one fails",
    load: () => import("./action").then((module) => module.actionTest),
  },
  validate: {
    summary: "Check a bundle's flows and project against every validation rule (docs/validation.md)",
    load: () => import("./validate").then((module) => module.validate),
  },
  "token create": {
    summary: "Create a personal API token (read or write, expiring); it is shown once",
    load: () => import("./token").then((module) => module.tokenCreate),
  },
  "token list": {
    summary: "List personal API tokens: prefix, name, scope, created, expires, last used (never the secret)",
    load: () => import("./token").then((module) => module.tokenList),
  },
  "token revoke": {
    summary: "Revoke a personal API token at once",
    load: () => import("./token").then((module) => module.tokenRevoke),
  },
  "audit list": {
    summary: "List audit events, newest first, filtered by actor, action, target and time range",
    load: () => import("./audit").then((module) => module.auditList),
  },
  "audit export": {
    summary: "Export audit events as JSON lines (stdout or --out), oldest first",
    load: () => import("./audit").then((module) => module.auditExport),
  },
  "audit retention": {
    summary: "Show or set (--days N) how long audit events are kept",
    load: () => import("./audit").then((module) => module.auditRetention),
  },
  "project list": {
    summary: "List the projects",
    load: () => import("./project").then((module) => module.projectList),
  },
  "project journey": {
    summary: "A project's journey checklist: each step done, next, to do or blocked (and why), and where it is done",
    load: () => import("./project").then((module) => module.projectJourneyCommand),
  },
  "project show": {
    summary: "Show a project",
    load: () => import("./project").then((module) => module.projectShow),
  },
  "project create": {
    summary: "Create a project",
    load: () => import("./project").then((module) => module.projectCreate),
  },
  "project rename": {
    summary: "Rename a project",
    load: () => import("./project").then((module) => module.projectRename),
  },
  "project delete": {
    summary: "Delete a project and everything in it",
    load: () => import("./project").then((module) => module.projectDelete),
  },
  "project link": {
    summary: "Link a project to an OIN app (its tenant variables)",
    load: () => import("./project").then((module) => module.projectLink),
  },
  "project unlink": {
    summary: "Unlink a project from its OIN app",
    load: () => import("./project").then((module) => module.projectUnlink),
  },
  "user create": {
    summary: "Create a user with an instance role (the owner, for headless setup); the password from a file or stdin",
    load: () => import("./user").then((module) => module.userCreate),
  },
  "user list": {
    summary: "List the users and their instance roles",
    load: () => import("./user").then((module) => module.userList),
  },
  "user role": {
    summary: "Change a user's instance role (the only owner stays owner)",
    load: () => import("./user").then((module) => module.userRole),
  },
  "project logging": {
    summary: "Show or set a project's log level and syslog forwarding; --lines N shows its recent log lines",
    load: () => import("./project-logging").then((module) => module.projectLogging),
  },
  "project export": {
    summary: "Write a project as a bundle file (no secrets)",
    load: () => import("./project").then((module) => module.projectExport),
  },
  "project import": {
    summary: "Create a project from a bundle file, or import it into an existing one",
    load: () => import("./project").then((module) => module.projectImport),
  },
  "role list": {
    summary: "List the project roles (admin, one per HTTP verb) with who holds them; --project filters",
    load: () => import("./role").then((module) => module.roleList),
  },
  "role grant": {
    summary: "Grant a project role to a user by email",
    load: () => import("./role").then((module) => module.roleGrant),
  },
  "role revoke": {
    summary: "Revoke a project role from a user",
    load: () => import("./role").then((module) => module.roleRevoke),
  },
  "oin-app list": {
    summary: "List the OIN apps",
    load: () => import("./oin-app").then((module) => module.oinAppList),
  },
  "oin-app show": {
    summary: "Show an OIN app (client secret masked)",
    load: () => import("./oin-app").then((module) => module.oinAppShow),
  },
  "oin-app create": {
    summary: "Create an OIN app from a JSON file",
    load: () => import("./oin-app").then((module) => module.oinAppCreate),
  },
  "oin-app update": {
    summary: "Replace an OIN app's settings from a JSON file",
    load: () => import("./oin-app").then((module) => module.oinAppUpdate),
  },
  "oin-app delete": {
    summary: "Delete an OIN app (its projects stay, unlinked)",
    load: () => import("./oin-app").then((module) => module.oinAppDelete),
  },
  "oin-app start-building": {
    summary: "Save an OIN app and open its project (created the first time)",
    load: () => import("./oin-app").then((module) => module.oinAppStartBuilding),
  },
  "spec upload": {
    summary: "Upload a new version of a project's spec",
    load: () => import("./spec").then((module) => module.specUpload),
  },
  "spec versions": {
    summary: "List the uploaded versions of a project's spec",
    load: () => import("./spec").then((module) => module.specVersions),
  },
  "spec diff": {
    summary: "Operations added, removed and changed between two spec versions",
    load: () => import("./spec").then((module) => module.specDiff),
  },
  "spec operations": {
    summary: "List or search the operations of a project's current spec, a page at a time",
    load: () => import("./spec").then((module) => module.specOperations),
  },
  "auth list": {
    summary: "List a project's auth configurations with their mapping and config value problems",
    load: () => import("./auth").then((module) => module.authList),
  },
  "auth mapping": {
    summary: "Show or set which tenant variable each connection parameter of an auth configuration comes from",
    load: () => import("./auth").then((module) => module.authMapping),
  },
  "connection list": {
    summary: "List a project's connections",
    load: () => import("./connection").then((module) => module.connectionList),
  },
  "connection show": {
    summary: "Show a connection (secrets masked)",
    load: () => import("./connection").then((module) => module.connectionShow),
  },
  "connection create": {
    summary: "Create a connection from a JSON file (the Advanced JSON view)",
    load: () => import("./connection").then((module) => module.connectionCreate),
  },
  "connection update": {
    summary: "Replace a connection from a JSON file (a masked secret keeps the stored one)",
    load: () => import("./connection").then((module) => module.connectionUpdate),
  },
  "connection clone": {
    summary: "Copy a connection, secrets included",
    load: () => import("./connection").then((module) => module.connectionClone),
  },
  "connection delete": {
    summary: "Delete a connection",
    load: () => import("./connection").then((module) => module.connectionDelete),
  },
  "connection test": {
    summary: "Test a connection: run the project's _authping through it; the result is kept as its last test",
    load: () => import("./connection").then((module) => module.connectionTest),
  },
  "flow list": {
    summary: "List a project's flows",
    load: () => import("./flow").then((module) => module.flowList),
  },
  "flow show": {
    summary: "Show a flow: its stored version, ON/OFF and document (the same answer as GET /api/flows/:id)",
    load: () => import("./flow").then((module) => module.flowShow),
  },
  "flow export": {
    summary: "Write a flow, or a project's folder of flows, as a flow export file (the UI's Export format)",
    load: () => import("./flow").then((module) => module.flowExport),
  },
  "flow import": {
    summary: "Add the flows of an export file (or one flow document) to a project, OFF until switched on",
    load: () => import("./flow").then((module) => module.flowImport),
  },
  "flow enable": {
    summary: "Switch a flow ON at once (not a new version; an open editor keeps saving)",
    load: () => import("./flow").then((module) => module.flowEnable),
  },
  "flow disable": {
    summary: "Switch a flow OFF at once (not a new version; an open editor keeps saving)",
    load: () => import("./flow").then((module) => module.flowDisable),
  },
  "flow generate-core": {
    summary: "Generate the core flows (httpHelper, _authping, Custom API Action) from the project's current spec",
    load: () => import("./flow").then((module) => module.flowGenerateCore),
  },
  "flow save": {
    summary: "Save a flow document from a JSON file as the flow's next version (refused if someone saved in between)",
    load: () => import("./flow").then((module) => module.flowSave),
  },
  "flow run": {
    summary: "Run a stored flow, through one of its project's connections",
    load: () => import("./flow").then((module) => module.flowRun),
  },
  "flow executions": {
    summary: "List a flow's executions, newest first",
    load: () => import("./flow").then((module) => module.flowExecutions),
  },
  "flow execution": {
    summary: "Show one execution of a flow: inputs, outputs, error and (when the flow saves all data) its trace",
    load: () => import("./flow").then((module) => module.flowExecution),
  },
};
