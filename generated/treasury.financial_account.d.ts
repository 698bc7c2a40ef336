import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryFinancialAccount as self } from "./types/treasury.financial_account.js";

export type TreasuryFinancialAccount = self;
export declare const TreasuryFinancialAccount: SchemaModule<self>;
