// The contracts the certification cases drive, named once (checked against the catalog).
import type { ContractName } from "../contracts/catalog";

export const CREATE_USER = "Provisioning Create User" satisfies ContractName;
export const UPDATE_USER = "Provisioning Update User" satisfies ContractName;
export const UPDATE_PASSWORD = "Provisioning Update User Password" satisfies ContractName;
export const ACTIVATE_USER = "Provisioning Activate User" satisfies ContractName;
export const DEACTIVATE_USER = "Provisioning Deactivate User" satisfies ContractName;
export const GET_USER = "Provisioning Get User by ID" satisfies ContractName;
export const GET_USER_BY_NAME = "Provisioning Get User by UserName" satisfies ContractName;
export const LIST_USERS = "Provisioning List Users" satisfies ContractName;
export const CREATE_GROUP = "Provisioning Create Group" satisfies ContractName;
export const REMOVE_GROUP = "Provisioning Remove Group" satisfies ContractName;
export const GET_GROUP = "Provisioning Get Group by ID" satisfies ContractName;
export const LIST_GROUPS = "Provisioning List Groups" satisfies ContractName;
export const LIST_GROUPS_BY_NAME = "Provisioning List Groups by Display Name" satisfies ContractName;
export const ADD_MEMBERS = "Provisioning Add Group Members" satisfies ContractName;
export const LIST_MEMBERS = "Provisioning List Group Members" satisfies ContractName;
export const REMOVE_MEMBERS = "Provisioning Remove Group Members" satisfies ContractName;
export const UNIVERSAL_LOGOUT = "Proprietary Universal Logout" satisfies ContractName;
