// `ib user create|list|role`: users and their instance roles, for headless setup on the machine that holds the
// database file (acting as its owner, lib/accounts/local.ts). A password is read from a file or stdin, never taken
// as an argument (it would show in the process list and the shell history).
import { LOCAL_OWNER } from "../../accounts/local";
import { createUser, listUsers, setUserRole } from "../../accounts/users";
import type { UserView } from "../../accounts/model";
import { invalid } from "../../errors";
import { defineCommand, required } from "../command";
import { readTextFile } from "../files";

const PASSWORD_INPUT_MAX_BYTES = 4096;

const userLine = (user: UserView) => `${user.email}  ${user.role}  (${user.id})`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw invalid("give the password on stdin (ib user create … < file) or with --password-file FILE", {
      field: "password",
    });
  let text = "";
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.length > PASSWORD_INPUT_MAX_BYTES)
      throw invalid("the password on stdin is too long", { field: "password" });
  }
  return text;
}

/** The password from --password-file or stdin, without the line break a file or `echo` ends it with. */
async function readPassword(file: string | undefined): Promise<string> {
  const text = file ? await readTextFile(file) : await readStdin();
  return text.replace(/\r?\n$/, "");
}

export const userCreate = defineCommand({
  name: "user create",
  usage:
    "--email EMAIL --role owner|admin|builder|viewer [--name NAME] [--password-file FILE] (else the password on stdin)",
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    "password-file": { type: "string" },
  },
  positionals: 0,
  async run({ values }) {
    const email = required(values.email, "email");
    const role = required(values.role, "role");
    const password = await readPassword(values["password-file"]);
    const user = await createUser(LOCAL_OWNER, { email, role, name: values.name, password });
    return { result: { user }, text: `Created ${userLine(user)}` };
  },
});

export const userList = defineCommand({
  name: "user list",
  usage: "",
  positionals: 0,
  async run() {
    const users = await listUsers(LOCAL_OWNER);
    return { result: { users }, text: users.map(userLine).join("\n") || "No users yet: ib user create … --role owner" };
  },
});

export const userRole = defineCommand({
  name: "user role",
  usage: "EMAIL --role owner|admin|builder|viewer",
  options: { role: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [email] }) {
    const found = (await listUsers(LOCAL_OWNER)).find((user) => user.email === email.trim().toLowerCase());
    if (!found) throw invalid(`no user with the email ${email}`, { field: "email" });
    const user = await setUserRole(LOCAL_OWNER, found.id, { role: required(values.role, "role") });
    return { result: { user }, text: `${user.email} is now ${user.role}` };
  },
});
