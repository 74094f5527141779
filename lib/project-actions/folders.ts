// Where an action's flows live: `Actions/<contract>` for its action flows, `Actions/<contract>/Test Folder` for its tests.
export const ACTIONS_FOLDER = "Actions";
export const TEST_FOLDER = "Test Folder";

export const actionFolder = (contract: string) => `${ACTIONS_FOLDER}/${contract}`;
export const testFolder = (contract: string) => `${actionFolder(contract)}/${TEST_FOLDER}`;
