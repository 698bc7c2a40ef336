import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholderUserTermsAcceptance as Type } from "./types/issuing_cardholder_user_terms_acceptance.js";

export type IssuingCardholderUserTermsAcceptance = Type;
export declare const IssuingCardholderUserTermsAcceptance: SchemaModule<Type>;
