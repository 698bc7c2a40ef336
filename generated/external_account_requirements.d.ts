import type { SchemaModule } from "./runtime/schema.js";
import type { ExternalAccountRequirements as Type } from "./types/external_account_requirements.js";

export type ExternalAccountRequirements = Type;
export declare const ExternalAccountRequirements: SchemaModule<Type>;
