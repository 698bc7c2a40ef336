import type { SchemaModule } from "./runtime/schema.js";
import type { AccountRequirementsAlternative as self } from "./types/account_requirements_alternative.js";

export type AccountRequirementsAlternative = self;
export declare const AccountRequirementsAlternative: SchemaModule<self>;
