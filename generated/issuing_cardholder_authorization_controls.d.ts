import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderAuthorizationControls as Type } from "./types/issuing_cardholder_authorization_controls.js";

export type IssuingCardholderAuthorizationControls = Type;
export declare const IssuingCardholderAuthorizationControls: SchemaModule<Type>;
