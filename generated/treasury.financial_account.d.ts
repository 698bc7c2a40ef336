import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryFinancialAccount as Type } from "./types/treasury.financial_account.js";

export type TreasuryFinancialAccount = Type;
export declare const TreasuryFinancialAccount: SchemaModule<Type>;
