import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransferIbanRecord as Type } from "./types/funding_instructions_bank_transfer_iban_record.js";

export type FundingInstructionsBankTransferIbanRecord = Type;
export declare const FundingInstructionsBankTransferIbanRecord: SchemaModule<Type>;
