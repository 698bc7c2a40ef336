import type { SchemaModule } from "./runtime/schema.js";
import type { AccountDashboardSettings as Type } from "./types/account_dashboard_settings.js";

export type AccountDashboardSettings = Type;
export declare const AccountDashboardSettings: SchemaModule<Type>;
