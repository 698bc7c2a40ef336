import type { SchemaModule } from "./runtime/schema.js";
import type { AccountRequirements as Type } from "./types/account_requirements.js";

export type AccountRequirements = Type;
export declare const AccountRequirements: SchemaModule<Type>;
