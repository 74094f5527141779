import { route } from "../_lib/respond";
import { CONTRACTS } from "@/lib/contracts/catalog";
import { contractJson } from "@/lib/contracts/publish";

export const GET = route(async () => ({ contracts: CONTRACTS.map(contractJson) }));
