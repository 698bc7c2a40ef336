import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardAuthorizationControls as Type } from "./types/issuing_card_authorization_controls.js";

export type { IssuingCardAuthorizationControls } from "./types/issuing_card_authorization_controls.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardAuthorizationControls };
