import type { SchemaModule } from "./runtime/schema.js";
import type { AccountBrandingSettings as Type } from "./types/account_branding_settings.js";

export type { AccountBrandingSettings } from "./types/account_branding_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountBrandingSettings };
