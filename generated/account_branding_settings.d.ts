import type { SchemaModule } from "./runtime/schema.js";
import type { AccountBrandingSettings as Type } from "./types/account_branding_settings.js";

export type AccountBrandingSettings = Type;
export declare const AccountBrandingSettings: SchemaModule<Type>;
