import type { AccountBacsDebitPaymentsSettings } from "./account_bacs_debit_payments_settings.js";
import type { AccountBrandingSettings } from "./account_branding_settings.js";
import type { AccountCardIssuingSettings } from "./account_card_issuing_settings.js";
import type { AccountCardPaymentsSettings } from "./account_card_payments_settings.js";
import type { AccountDashboardSettings } from "./account_dashboard_settings.js";
import type { AccountPaymentsSettings } from "./account_payments_settings.js";
import type { AccountPayoutSettings } from "./account_payout_settings.js";
import type { AccountSepaDebitPaymentsSettings } from "./account_sepa_debit_payments_settings.js";
import type { AccountTreasurySettings } from "./account_treasury_settings.js";

/** @schema `account_settings` */
export type AccountSettings = {
  bacs_debit_payments?: AccountBacsDebitPaymentsSettings;
  branding: AccountBrandingSettings;
  card_issuing?: AccountCardIssuingSettings;
  card_payments: AccountCardPaymentsSettings;
  dashboard: AccountDashboardSettings;
  payments: AccountPaymentsSettings;
  payouts?: AccountPayoutSettings;
  sepa_debit_payments?: AccountSepaDebitPaymentsSettings;
  treasury?: AccountTreasurySettings;
};
