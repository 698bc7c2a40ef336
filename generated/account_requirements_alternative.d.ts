import type { SchemaModule } from "./runtime/api.js";
import type { AccountRequirementsAlternative as self } from "./types/account_requirements_alternative.js";

export type AccountRequirementsAlternative = self;
export declare const AccountRequirementsAlternative: SchemaModule<self>;
