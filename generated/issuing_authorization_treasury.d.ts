import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationTreasury as Type } from "./types/issuing_authorization_treasury.js";

export type { IssuingAuthorizationTreasury } from "./types/issuing_authorization_treasury.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorizationTreasury };
