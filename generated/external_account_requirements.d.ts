import type { SchemaModule } from "./runtime/schema.js";
import type { ExternalAccountRequirements as Type } from "./types/external_account_requirements.js";

export type { ExternalAccountRequirements } from "./types/external_account_requirements.js";
declare const schema: SchemaModule<Type>;
export { schema as ExternalAccountRequirements };
