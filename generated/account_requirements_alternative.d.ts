import type { SchemaModule } from "./runtime/schema.js";
import type { AccountRequirementsAlternative as Type } from "./types/account_requirements_alternative.js";

export type AccountRequirementsAlternative = Type;
export declare const AccountRequirementsAlternative: SchemaModule<Type>;
