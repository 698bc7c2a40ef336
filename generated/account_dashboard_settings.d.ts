import type { SchemaModule } from "./runtime/schema.js";
import type { AccountDashboardSettings as Type } from "./types/account_dashboard_settings.js";

export type { AccountDashboardSettings } from "./types/account_dashboard_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountDashboardSettings };
