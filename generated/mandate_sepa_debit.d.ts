import type { SchemaModule } from "./runtime/api.js";
import type { MandateSepaDebit as self } from "./types/mandate_sepa_debit.js";

export type MandateSepaDebit = self;
export declare const MandateSepaDebit: SchemaModule<self>;
