import type { CardIssuingAccountTermsOfService } from "./card_issuing_account_terms_of_service.js";

/** @schema `account_card_issuing_settings` */
export type AccountCardIssuingSettings = {
  tos_acceptance?: CardIssuingAccountTermsOfService;
};
