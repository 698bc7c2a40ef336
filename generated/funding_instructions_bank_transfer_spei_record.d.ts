import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransferSpeiRecord as Type } from "./types/funding_instructions_bank_transfer_spei_record.js";

export type FundingInstructionsBankTransferSpeiRecord = Type;
export declare const FundingInstructionsBankTransferSpeiRecord: SchemaModule<Type>;
