import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAchCreditTransfer as Type } from "./types/source_type_ach_credit_transfer.js";

export type SourceTypeAchCreditTransfer = Type;
export declare const SourceTypeAchCreditTransfer: SchemaModule<Type>;
