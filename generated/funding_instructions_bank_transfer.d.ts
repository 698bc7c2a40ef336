import type { SchemaModule } from "./runtime/api.js";
import type { FundingInstructionsBankTransfer as self } from "./types/funding_instructions_bank_transfer.js";

export type FundingInstructionsBankTransfer = self;
export declare const FundingInstructionsBankTransfer: SchemaModule<self>;
