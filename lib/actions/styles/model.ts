// What differs between API shapes (SCIM, plain REST, …), gathered in one interface: contract modules ask the
// style of the operation they plan or draft instead of branching on the shape themselves.
import type { Contract } from "../../contracts/catalog";
import type { Binding, Card } from "../../flow/model";
import type { SpecIndex } from "../../spec/types";
import type { OperationBodies } from "../draft-fields";
import type { Drafted } from "../draft-flow";
import type { OperationFacts } from "../facts";
import type { PlannedAction, PlannedOperation } from "../plan";
import type { Scored } from "../score";

/** What shows an operation's style: its path, its request, response and list-item fields, its query parameters. */
export interface OperationSigns {
  path: string;
  requestFields: readonly string[];
  responseFields: readonly string[];
  itemFields?: readonly string[];
  queryNames: readonly string[];
}

/** One contract being drafted on its planned operation: the spec, what the operation's bodies and query carry, its style. */
export interface DraftTarget {
  contract: Contract;
  action: PlannedAction;
  operation: PlannedOperation;
  document: unknown;
  index: SpecIndex;
  bodies: OperationBodies;
  queryNames: string[];
  style: ApiStyle;
}

/** The request a record contract sends and how the API's answer becomes the contract's `user` or `group`. */
export interface RecordExchange {
  /** Cards before the call (the body and its parts). */
  cards: Card[];
  body?: Binding;
  record: { cards: Card[]; value: Binding };
  /** Appended to the flow's description. */
  note?: string;
}

/** The query parameters that narrow a list, and the cards that build their values. */
export interface ListFilter {
  cards: Card[];
  query: Record<string, Binding>;
}

export type LifecycleState = "active" | "inactive";
export type MembershipChange = "add" | "remove";

export interface ApiStyle {
  readonly name: string;
  /** Detect: does this operation show the style's marks? Its members may still fall back to plain REST. */
  detect(signs: OperationSigns): boolean;

  // Record ↔ contract mapping
  /** The contract's user sent to and read back from a user operation; a string says why it cannot be drafted. */
  userExchange(target: DraftTarget, withBody: boolean): RecordExchange | string;
  /** The same for groups: create, rename and read. */
  groupExchange(target: DraftTarget, withBody: boolean): RecordExchange | string;
  /** One listed record (fields `fields`, read through `field`, the whole of it `whole`) as the contract's user. */
  itemAsUser(fields: string[], field: (name: string) => Binding, whole: Binding): { cards: Card[]; user: Binding };

  // Query language
  /** Narrows a list to records whose `attribute` equals `value`, or undefined when no parameter can. */
  equalsFilter(attribute: "userName" | "displayName", value: Binding, queryNames: string[]): ListFilter | undefined;

  // Paging
  /** Extra planning evidence that a list pages (how it pages is lib/paging's, shared by every style). */
  pagingEvidence(facts: OperationFacts): Scored;

  // Membership model
  /** Planning: an operation that adds or removes members other than a membership sub-resource. */
  membershipByUpdate(facts: OperationFacts, kind: MembershipChange): Scored | undefined;
  /** Planning: an operation that lists a group's members other than a membership sub-resource. */
  membersWithGroup(facts: OperationFacts): Scored | undefined;
  /** Drafting: the contract flow that adds or removes `groupMembers`. */
  membersChange(target: DraftTarget, kind: MembershipChange): Drafted;
  /** Drafting: the contract flow that lists a group's members. */
  membersList(target: DraftTarget): Drafted;

  // Lifecycle model
  /** Planning: an update of the user that sets its state, `base` being how well it updates users. */
  lifecycleByUpdate(facts: OperationFacts, base: Scored, kind: "activate" | "deactivate"): Scored | undefined;
  /** Drafting: the body that puts the user in `state`: none, a body, or why the request cannot. */
  lifecycleBody(target: DraftTarget, state: LifecycleState): { body?: Binding } | string;
  /** Planning: an update of the user that sets its password. */
  passwordByUpdate(facts: OperationFacts): Scored | undefined;
  /** Drafting: the cards building the password body (their last card is "body"), or why none. */
  passwordBody(target: DraftTarget): Card[] | string;
  /** Planning: how well an update operation renames a group. */
  groupUpdateEvidence(facts: OperationFacts): Scored;
  /** Planning: a list of schemas the style describes its records with, `listed` scoring it as a list. */
  schemaDiscovery(facts: OperationFacts, listed: Scored, entity: "schema" | "resourcetype"): Scored | undefined;

  // Error model
  /** Where the API's error bodies carry their message. */
  errorMessagePath(target: DraftTarget): string[] | undefined;
}
