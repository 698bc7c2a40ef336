import type { SchemaModule } from "./runtime/schema.js";
import type { MandateBacsDebit as Type } from "./types/mandate_bacs_debit.js";

export type MandateBacsDebit = Type;
export declare const MandateBacsDebit: SchemaModule<Type>;
