import type { SchemaModule } from "./runtime/api.js";
import type { FundingInstructionsBankTransferSpeiRecord as self } from "./types/funding_instructions_bank_transfer_spei_record.js";

export type FundingInstructionsBankTransferSpeiRecord = self;
export declare const FundingInstructionsBankTransferSpeiRecord: SchemaModule<self>;
