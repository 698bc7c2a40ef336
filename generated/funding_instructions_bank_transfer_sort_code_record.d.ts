import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransferSortCodeRecord as Type } from "./types/funding_instructions_bank_transfer_sort_code_record.js";

export type { FundingInstructionsBankTransferSortCodeRecord } from "./types/funding_instructions_bank_transfer_sort_code_record.js";
declare const schema: SchemaModule<Type>;
export { schema as FundingInstructionsBankTransferSortCodeRecord };
