// List Groups: the created group is listed, each group once across pages.
import { createdGroup, distinctIds, walkPages } from "../checks";
import { LIST_GROUPS } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";

export const listGroupsCase: CertifyCase = {
  id: "list-groups",
  title: "The created group appears in List Groups",
  contracts: [LIST_GROUPS],
  async run(session) {
    const { id } = createdGroup(session);
    const { records, pages } = await walkPages(session, LIST_GROUPS, {}, 100);
    if (!distinctIds(LIST_GROUPS, records).has(id))
      throw new CaseFailure(`"${LIST_GROUPS}" never listed the created group ${id}.`);
    return `listed ${records.length} groups in ${pages} pages`;
  },
};
