import type { SchemaModule } from "./runtime/schema.js";
import type { AccountTosAcceptance as Type } from "./types/account_tos_acceptance.js";

export type AccountTosAcceptance = Type;
export declare const AccountTosAcceptance: SchemaModule<Type>;
