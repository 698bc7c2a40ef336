import type { SchemaModule } from "./runtime/api.js";
import type { UsBankAccountNetworks as self } from "./types/us_bank_account_networks.js";

export type UsBankAccountNetworks = self;
export declare const UsBankAccountNetworks: SchemaModule<self>;
