import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholderUserTermsAcceptance as self } from "./types/issuing_cardholder_user_terms_acceptance.js";

export type IssuingCardholderUserTermsAcceptance = self;
export declare const IssuingCardholderUserTermsAcceptance: SchemaModule<self>;
