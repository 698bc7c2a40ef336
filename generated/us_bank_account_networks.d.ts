import type { SchemaModule } from "./runtime/schema.js";
import type { UsBankAccountNetworks as Type } from "./types/us_bank_account_networks.js";

export type UsBankAccountNetworks = Type;
export declare const UsBankAccountNetworks: SchemaModule<Type>;
