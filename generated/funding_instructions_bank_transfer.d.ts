import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransfer as Type } from "./types/funding_instructions_bank_transfer.js";

export type FundingInstructionsBankTransfer = Type;
export declare const FundingInstructionsBankTransfer: SchemaModule<Type>;
