import type { SchemaModule } from "./runtime/api.js";
import type { FundingInstructionsBankTransferZenginRecord as self } from "./types/funding_instructions_bank_transfer_zengin_record.js";

export type FundingInstructionsBankTransferZenginRecord = self;
export declare const FundingInstructionsBankTransferZenginRecord: SchemaModule<self>;
