import type { SchemaModule } from "./runtime/api.js";
import type { MandateAcssDebit as self } from "./types/mandate_acss_debit.js";

export type MandateAcssDebit = self;
export declare const MandateAcssDebit: SchemaModule<self>;
