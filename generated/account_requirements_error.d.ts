import type { SchemaModule } from "./runtime/schema.js";
import type { AccountRequirementsError as Type } from "./types/account_requirements_error.js";

export type AccountRequirementsError = Type;
export declare const AccountRequirementsError: SchemaModule<Type>;
