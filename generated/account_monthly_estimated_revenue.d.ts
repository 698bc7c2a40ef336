import type { SchemaModule } from "./runtime/schema.js";
import type { AccountMonthlyEstimatedRevenue as Type } from "./types/account_monthly_estimated_revenue.js";

export type AccountMonthlyEstimatedRevenue = Type;
export declare const AccountMonthlyEstimatedRevenue: SchemaModule<Type>;
