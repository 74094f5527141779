// List Users: the created user is listed; small pages reach the same users as large ones, each exactly once, and
// no cursor comes back twice.
import { distinctIds, walkPages } from "../checks";
import { LIST_USERS } from "../contracts";
import { CaseFailure, type CertifyCase } from "../model";

const LARGE_PAGE = 100;
/** The small-page walk aims at this many pages, so a big tenant still pages in bounded time. */
const SMALL_WALK_PAGES = 20;

export const listUsersCase: CertifyCase = {
  id: "list-users",
  title: "The created user appears in List Users; paging reaches every user exactly once",
  contracts: [LIST_USERS],
  async run(session) {
    const large = await walkPages(session, LIST_USERS, {}, LARGE_PAGE);
    const everyone = distinctIds(LIST_USERS, large.records);
    const created = session.createdUser;
    if (created && !everyone.has(created.id))
      throw new CaseFailure(`"${LIST_USERS}" never listed the created user ${created.id}.`);
    const smallLimit = Math.max(2, Math.ceil(everyone.size / SMALL_WALK_PAGES));
    const small = await walkPages(session, LIST_USERS, {}, smallLimit);
    const paged = distinctIds(LIST_USERS, small.records);
    const missed = [...everyone].filter((id) => !paged.has(id));
    if (missed.length || paged.size !== everyone.size)
      throw new CaseFailure(
        `Pages of ${smallLimit} listed ${paged.size} users, pages of ${LARGE_PAGE} listed ${everyone.size}${missed.length ? ` (missed ${missed.slice(0, 5).join(", ")})` : ""}.`,
      );
    return `${everyone.size} users, each once in ${small.pages} pages of ${smallLimit}`;
  },
};
