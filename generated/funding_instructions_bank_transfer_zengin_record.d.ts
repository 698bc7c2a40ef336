import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransferZenginRecord as Type } from "./types/funding_instructions_bank_transfer_zengin_record.js";

export type FundingInstructionsBankTransferZenginRecord = Type;
export declare const FundingInstructionsBankTransferZenginRecord: SchemaModule<Type>;
