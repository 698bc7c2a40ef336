import type { SchemaModule } from "./runtime/schema.js";
import type { FundingInstructionsBankTransferFinancialAddress as Type } from "./types/funding_instructions_bank_transfer_financial_address.js";

export type FundingInstructionsBankTransferFinancialAddress = Type;
export declare const FundingInstructionsBankTransferFinancialAddress: SchemaModule<Type>;
