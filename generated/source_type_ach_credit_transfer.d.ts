import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeAchCreditTransfer as Type } from "./types/source_type_ach_credit_transfer.js";

export type { SourceTypeAchCreditTransfer } from "./types/source_type_ach_credit_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeAchCreditTransfer };
