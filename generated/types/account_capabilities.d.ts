/** @schema `account_capabilities` */
export type AccountCapabilities = {
  /** The status of the Canadian pre-authorized debits payments capability of the account, or whether the account can directly process Canadian pre-authorized debits charges. */
  acss_debit_payments?: "active" | "inactive" | "pending";
  /** The status of the Affirm capability of the account, or whether the account can directly process Affirm charges. */
  affirm_payments?: "active" | "inactive" | "pending";
  /** The status of the Afterpay Clearpay capability of the account, or whether the account can directly process Afterpay Clearpay charges. */
  afterpay_clearpay_payments?: "active" | "inactive" | "pending";
  /** The status of the BECS Direct Debit (AU) payments capability of the account, or whether the account can directly process BECS Direct Debit (AU) charges. */
  au_becs_debit_payments?: "active" | "inactive" | "pending";
  /** The status of the Bacs Direct Debits payments capability of the account, or whether the account can directly process Bacs Direct Debits charges. */
  bacs_debit_payments?: "active" | "inactive" | "pending";
  /** The status of the Bancontact payments capability of the account, or whether the account can directly process Bancontact charges. */
  bancontact_payments?: "active" | "inactive" | "pending";
  /** The status of the customer_balance payments capability of the account, or whether the account can directly process customer_balance charges. */
  bank_transfer_payments?: "active" | "inactive" | "pending";
  /** The status of the blik payments capability of the account, or whether the account can directly process blik charges. */
  blik_payments?: "active" | "inactive" | "pending";
  /** The status of the boleto payments capability of the account, or whether the account can directly process boleto charges. */
  boleto_payments?: "active" | "inactive" | "pending";
  /** The status of the card issuing capability of the account, or whether you can use Issuing to distribute funds on cards */
  card_issuing?: "active" | "inactive" | "pending";
  /** The status of the card payments capability of the account, or whether the account can directly process credit and debit card charges. */
  card_payments?: "active" | "inactive" | "pending";
  /** The status of the Cartes Bancaires payments capability of the account, or whether the account can directly process Cartes Bancaires card charges in EUR currency. */
  cartes_bancaires_payments?: "active" | "inactive" | "pending";
  /** The status of the Cash App Pay capability of the account, or whether the account can directly process Cash App Pay payments. */
  cashapp_payments?: "active" | "inactive" | "pending";
  /** The status of the EPS payments capability of the account, or whether the account can directly process EPS charges. */
  eps_payments?: "active" | "inactive" | "pending";
  /** The status of the FPX payments capability of the account, or whether the account can directly process FPX charges. */
  fpx_payments?: "active" | "inactive" | "pending";
  /** The status of the giropay payments capability of the account, or whether the account can directly process giropay charges. */
  giropay_payments?: "active" | "inactive" | "pending";
  /** The status of the GrabPay payments capability of the account, or whether the account can directly process GrabPay charges. */
  grabpay_payments?: "active" | "inactive" | "pending";
  /** The status of the iDEAL payments capability of the account, or whether the account can directly process iDEAL charges. */
  ideal_payments?: "active" | "inactive" | "pending";
  /** The status of the india_international_payments capability of the account, or whether the account can process international charges (non INR) in India. */
  india_international_payments?: "active" | "inactive" | "pending";
  /** The status of the JCB payments capability of the account, or whether the account (Japan only) can directly process JCB credit card charges in JPY currency. */
  jcb_payments?: "active" | "inactive" | "pending";
  /** The status of the Klarna payments capability of the account, or whether the account can directly process Klarna charges. */
  klarna_payments?: "active" | "inactive" | "pending";
  /** The status of the konbini payments capability of the account, or whether the account can directly process konbini charges. */
  konbini_payments?: "active" | "inactive" | "pending";
  /** The status of the legacy payments capability of the account. */
  legacy_payments?: "active" | "inactive" | "pending";
  /** The status of the link_payments capability of the account, or whether the account can directly process Link charges. */
  link_payments?: "active" | "inactive" | "pending";
  /** The status of the OXXO payments capability of the account, or whether the account can directly process OXXO charges. */
  oxxo_payments?: "active" | "inactive" | "pending";
  /** The status of the P24 payments capability of the account, or whether the account can directly process P24 charges. */
  p24_payments?: "active" | "inactive" | "pending";
  /** The status of the paynow payments capability of the account, or whether the account can directly process paynow charges. */
  paynow_payments?: "active" | "inactive" | "pending";
  /** The status of the promptpay payments capability of the account, or whether the account can directly process promptpay charges. */
  promptpay_payments?: "active" | "inactive" | "pending";
  /** The status of the SEPA Direct Debits payments capability of the account, or whether the account can directly process SEPA Direct Debits charges. */
  sepa_debit_payments?: "active" | "inactive" | "pending";
  /** The status of the Sofort payments capability of the account, or whether the account can directly process Sofort charges. */
  sofort_payments?: "active" | "inactive" | "pending";
  /** The status of the tax reporting 1099-K (US) capability of the account. */
  tax_reporting_us_1099_k?: "active" | "inactive" | "pending";
  /** The status of the tax reporting 1099-MISC (US) capability of the account. */
  tax_reporting_us_1099_misc?: "active" | "inactive" | "pending";
  /** The status of the transfers capability of the account, or whether your platform can transfer funds to the account. */
  transfers?: "active" | "inactive" | "pending";
  /** The status of the banking capability, or whether the account can have bank accounts. */
  treasury?: "active" | "inactive" | "pending";
  /** The status of the US bank account ACH payments capability of the account, or whether the account can directly process US bank account charges. */
  us_bank_account_ach_payments?: "active" | "inactive" | "pending";
  /** The status of the Zip capability of the account, or whether the account can directly process Zip charges. */
  zip_payments?: "active" | "inactive" | "pending";
};
