// The contracts the certification cases drive, named once.
export const CREATE_USER = "Provisioning Create User";
export const UPDATE_USER = "Provisioning Update User";
export const UPDATE_PASSWORD = "Provisioning Update User Password";
export const ACTIVATE_USER = "Provisioning Activate User";
export const DEACTIVATE_USER = "Provisioning Deactivate User";
export const GET_USER = "Provisioning Get User by ID";
export const GET_USER_BY_NAME = "Provisioning Get User by UserName";
export const LIST_USERS = "Provisioning List Users";
export const CREATE_GROUP = "Provisioning Create Group";
export const REMOVE_GROUP = "Provisioning Remove Group";
export const GET_GROUP = "Provisioning Get Group by ID";
export const LIST_GROUPS = "Provisioning List Groups";
export const LIST_GROUPS_BY_NAME = "Provisioning List Groups by Display Name";
export const ADD_MEMBERS = "Provisioning Add Group Members";
export const LIST_MEMBERS = "Provisioning List Group Members";
export const REMOVE_MEMBERS = "Provisioning Remove Group Members";
export const UNIVERSAL_LOGOUT = "Proprietary Universal Logout";
