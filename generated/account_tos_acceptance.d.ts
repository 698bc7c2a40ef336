import type { SchemaModule } from "./runtime/api.js";
import type { AccountTosAcceptance as self } from "./types/account_tos_acceptance.js";

export type AccountTosAcceptance = self;
export declare const AccountTosAcceptance: SchemaModule<self>;
