import type { SchemaModule } from "./runtime/api.js";
import type { AccountRequirementsError as self } from "./types/account_requirements_error.js";

export type AccountRequirementsError = self;
export declare const AccountRequirementsError: SchemaModule<self>;
