import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransfer as Type } from "./types/funding_instructions_bank_transfer.js";

export type { FundingInstructionsBankTransfer } from "./types/funding_instructions_bank_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as FundingInstructionsBankTransfer };
