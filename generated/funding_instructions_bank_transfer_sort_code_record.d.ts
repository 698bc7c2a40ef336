import type { SchemaModule } from "./runtime/api.js";
import type { FundingInstructionsBankTransferSortCodeRecord as self } from "./types/funding_instructions_bank_transfer_sort_code_record.js";

export type FundingInstructionsBankTransferSortCodeRecord = self;
export declare const FundingInstructionsBankTransferSortCodeRecord: SchemaModule<self>;
