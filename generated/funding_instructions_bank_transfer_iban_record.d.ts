import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransferIbanRecord as Type } from "./types/funding_instructions_bank_transfer_iban_record.js";

export type { FundingInstructionsBankTransferIbanRecord } from "./types/funding_instructions_bank_transfer_iban_record.js";
declare const schema: SchemaModule<Type>;
export { schema as FundingInstructionsBankTransferIbanRecord };
