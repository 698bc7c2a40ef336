import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransferSpeiRecord as Type } from "./types/funding_instructions_bank_transfer_spei_record.js";

export type { FundingInstructionsBankTransferSpeiRecord } from "./types/funding_instructions_bank_transfer_spei_record.js";
declare const schema: SchemaModule<Type>;
export { schema as FundingInstructionsBankTransferSpeiRecord };
