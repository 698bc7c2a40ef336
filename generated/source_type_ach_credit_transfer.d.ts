import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeAchCreditTransfer as self } from "./types/source_type_ach_credit_transfer.js";

export type SourceTypeAchCreditTransfer = self;
export declare const SourceTypeAchCreditTransfer: SchemaModule<self>;
