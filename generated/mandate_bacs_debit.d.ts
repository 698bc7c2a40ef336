import type { SchemaModule } from "./runtime/api.js";
import type { MandateBacsDebit as self } from "./types/mandate_bacs_debit.js";

export type MandateBacsDebit = self;
export declare const MandateBacsDebit: SchemaModule<self>;
