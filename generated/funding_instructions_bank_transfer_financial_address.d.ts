import type { SchemaModule } from "./runtime/api.js";
import type { FundingInstructionsBankTransferFinancialAddress as self } from "./types/funding_instructions_bank_transfer_financial_address.js";

export type FundingInstructionsBankTransferFinancialAddress = self;
export declare const FundingInstructionsBankTransferFinancialAddress: SchemaModule<self>;
