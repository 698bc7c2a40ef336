import type { SchemaModule } from "./runtime/api.js";
import type { FundingInstructionsBankTransferIbanRecord as self } from "./types/funding_instructions_bank_transfer_iban_record.js";

export type FundingInstructionsBankTransferIbanRecord = self;
export declare const FundingInstructionsBankTransferIbanRecord: SchemaModule<self>;
