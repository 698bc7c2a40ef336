import type { SchemaModule } from "./runtime/schema.js";
import type { MandateAcssDebit as Type } from "./types/mandate_acss_debit.js";

export type MandateAcssDebit = Type;
export declare const MandateAcssDebit: SchemaModule<Type>;
