import type { SchemaModule } from "./runtime/api.js";
import type { MandateAuBecsDebit as self } from "./types/mandate_au_becs_debit.js";

export type MandateAuBecsDebit = self;
export declare const MandateAuBecsDebit: SchemaModule<self>;
