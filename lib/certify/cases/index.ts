// The certification cases in the order they run: later cases work on what earlier ones created.
import type { CertifyCase } from "../model";
import { createGroupCase } from "./create-group";
import { createUserCase } from "./create-user";
import { deactivateActivateCase } from "./deactivate-activate";
import { emptyValuesCase } from "./empty-values";
import { getGroupCase } from "./get-group";
import { getUserCase } from "./get-user";
import { getUserByNameCase } from "./get-user-by-name";
import { groupMembersCase } from "./group-members";
import { listGroupsCase } from "./list-groups";
import { listGroupsByNameCase } from "./list-groups-by-name";
import { listUsersCase } from "./list-users";
import { unknownUserCase } from "./unknown-user";
import { universalLogoutCase, universalLogoutUnknownCase } from "./universal-logout";
import { updatePasswordCase } from "./update-password";
import { updateUserCase } from "./update-user";
import { wrongCredentialCase } from "./wrong-credential";

export const CERTIFY_CASES: readonly CertifyCase[] = [
  createUserCase,
  getUserCase,
  getUserByNameCase,
  listUsersCase,
  updateUserCase,
  deactivateActivateCase,
  updatePasswordCase,
  unknownUserCase,
  wrongCredentialCase,
  emptyValuesCase,
  createGroupCase,
  getGroupCase,
  listGroupsCase,
  listGroupsByNameCase,
  groupMembersCase,
  universalLogoutCase,
  universalLogoutUnknownCase,
];
