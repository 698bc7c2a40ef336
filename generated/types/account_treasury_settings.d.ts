import type { AccountTermsOfService } from "./account_terms_of_service.js";

/** @schema `account_treasury_settings` */
export type AccountTreasurySettings = {
  tos_acceptance?: AccountTermsOfService;
};
