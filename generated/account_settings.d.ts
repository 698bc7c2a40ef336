import type { SchemaModule } from "./runtime/schema.js";
import type { AccountSettings as Type } from "./types/account_settings.js";

export type AccountSettings = Type;
export declare const AccountSettings: SchemaModule<Type>;
