import type { SchemaModule } from "./runtime/schema.js";
import type { MandateSepaDebit as Type } from "./types/mandate_sepa_debit.js";

export type MandateSepaDebit = Type;
export declare const MandateSepaDebit: SchemaModule<Type>;
