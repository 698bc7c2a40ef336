import type { SchemaModule } from "./runtime/schema.js";
import type { MandateAuBecsDebit as Type } from "./types/mandate_au_becs_debit.js";

export type MandateAuBecsDebit = Type;
export declare const MandateAuBecsDebit: SchemaModule<Type>;
