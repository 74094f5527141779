// Every contract's module, keyed by contract name: a contract of the catalog without a module is a type error.
import type { ContractName } from "../../contracts/catalog";
import type { ContractAction } from "./shared/define";
import proprietaryUniversalLogout from "./proprietary-universal-logout";
import provisioningActivateUser from "./provisioning-activate-user";
import provisioningAddGroupMembers from "./provisioning-add-group-members";
import provisioningCreateGroup from "./provisioning-create-group";
import provisioningCreateUser from "./provisioning-create-user";
import provisioningDeactivateUser from "./provisioning-deactivate-user";
import provisioningGetGroupById from "./provisioning-get-group-by-id";
import provisioningGetUserById from "./provisioning-get-user-by-id";
import provisioningGetUserByUsername from "./provisioning-get-user-by-username";
import provisioningListEntitlementSchema from "./provisioning-list-entitlement-schema";
import provisioningListEntitlementSchemaPropertyValues from "./provisioning-list-entitlement-schema-property-values";
import provisioningListGroupMembers from "./provisioning-list-group-members";
import provisioningListGroups from "./provisioning-list-groups";
import provisioningListGroupsByDisplayName from "./provisioning-list-groups-by-display-name";
import provisioningListUserSchema from "./provisioning-list-user-schema";
import provisioningListUserSchemaPropertyValues from "./provisioning-list-user-schema-property-values";
import provisioningListUsers from "./provisioning-list-users";
import provisioningRemoveGroup from "./provisioning-remove-group";
import provisioningRemoveGroupMembers from "./provisioning-remove-group-members";
import provisioningUpdateGroup from "./provisioning-update-group";
import provisioningUpdateUser from "./provisioning-update-user";
import provisioningUpdateUserPassword from "./provisioning-update-user-password";

export type { ContractAction } from "./shared/define";

export const CONTRACT_ACTIONS: Record<ContractName, ContractAction> = {
  "Proprietary Universal Logout": proprietaryUniversalLogout,
  "Provisioning Create User": provisioningCreateUser,
  "Provisioning Update User": provisioningUpdateUser,
  "Provisioning Update User Password": provisioningUpdateUserPassword,
  "Provisioning Activate User": provisioningActivateUser,
  "Provisioning Deactivate User": provisioningDeactivateUser,
  "Provisioning Get User by ID": provisioningGetUserById,
  "Provisioning Get User by UserName": provisioningGetUserByUsername,
  "Provisioning List Users": provisioningListUsers,
  "Provisioning Create Group": provisioningCreateGroup,
  "Provisioning Update Group": provisioningUpdateGroup,
  "Provisioning Remove Group": provisioningRemoveGroup,
  "Provisioning Add Group Members": provisioningAddGroupMembers,
  "Provisioning Remove Group Members": provisioningRemoveGroupMembers,
  "Provisioning List Group Members": provisioningListGroupMembers,
  "Provisioning Get Group by ID": provisioningGetGroupById,
  "Provisioning List Groups": provisioningListGroups,
  "Provisioning List Groups by Display Name": provisioningListGroupsByDisplayName,
  "Provisioning List User Schema": provisioningListUserSchema,
  "Provisioning List User Schema Property Values": provisioningListUserSchemaPropertyValues,
  "Provisioning List Entitlement Schema": provisioningListEntitlementSchema,
  "Provisioning List Entitlement Schema Property Values": provisioningListEntitlementSchemaPropertyValues,
};
