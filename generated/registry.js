import { branchKey, isObject } from "./runtime/check.js";
import { Account } from "./account.js";
import { AccountBacsDebitPaymentsSettings } from "./account_bacs_debit_payments_settings.js";
import { AccountBrandingSettings } from "./account_branding_settings.js";
import { AccountBusinessProfile } from "./account_business_profile.js";
import { AccountCapabilities } from "./account_capabilities.js";
import { AccountCapabilityFutureRequirements } from "./account_capability_future_requirements.js";
import { AccountCapabilityRequirements } from "./account_capability_requirements.js";
import { AccountCardIssuingSettings } from "./account_card_issuing_settings.js";
import { AccountCardPaymentsSettings } from "./account_card_payments_settings.js";
import { AccountDashboardSettings } from "./account_dashboard_settings.js";
import { AccountDeclineChargeOn } from "./account_decline_charge_on.js";
import { AccountFutureRequirements } from "./account_future_requirements.js";
import { AccountLink } from "./account_link.js";
import { AccountMonthlyEstimatedRevenue } from "./account_monthly_estimated_revenue.js";
import { AccountPaymentsSettings } from "./account_payments_settings.js";
import { AccountPayoutSettings } from "./account_payout_settings.js";
import { AccountRequirements } from "./account_requirements.js";
import { AccountRequirementsAlternative } from "./account_requirements_alternative.js";
import { AccountRequirementsError } from "./account_requirements_error.js";
import { AccountSepaDebitPaymentsSettings } from "./account_sepa_debit_payments_settings.js";
import { AccountSession } from "./account_session.js";
import { AccountSettings } from "./account_settings.js";
import { AccountTermsOfService } from "./account_terms_of_service.js";
import { AccountTosAcceptance } from "./account_tos_acceptance.js";
import { AccountTreasurySettings } from "./account_treasury_settings.js";
import { AccountUnificationAccountController } from "./account_unification_account_controller.js";
import { Address } from "./address.js";
import { ApiErrors } from "./api_errors.js";
import { ApplePayDomain } from "./apple_pay_domain.js";
import { Application } from "./application.js";
import { ApplicationFee } from "./application_fee.js";
import { AppsSecret } from "./apps.secret.js";
import { AutomaticTax } from "./automatic_tax.js";
import { Balance } from "./balance.js";
import { BalanceAmount } from "./balance_amount.js";
import { BalanceAmountBySourceType } from "./balance_amount_by_source_type.js";
import { BalanceDetail } from "./balance_detail.js";
import { BalanceTransaction } from "./balance_transaction.js";
import { BankAccount } from "./bank_account.js";
import { BankConnectionsResourceAccountholder } from "./bank_connections_resource_accountholder.js";
import { BankConnectionsResourceBalance } from "./bank_connections_resource_balance.js";
import { BankConnectionsResourceBalanceApiResourceCashBalance } from "./bank_connections_resource_balance_api_resource_cash_balance.js";
import { BankConnectionsResourceBalanceApiResourceCreditBalance } from "./bank_connections_resource_balance_api_resource_credit_balance.js";
import { BankConnectionsResourceBalanceRefresh } from "./bank_connections_resource_balance_refresh.js";
import { BankConnectionsResourceLinkAccountSessionFilters } from "./bank_connections_resource_link_account_session_filters.js";
import { BankConnectionsResourceOwnershipRefresh } from "./bank_connections_resource_ownership_refresh.js";
import { BillingDetails } from "./billing_details.js";
import { BillingPortalConfiguration } from "./billing_portal.configuration.js";
import { BillingPortalSession } from "./billing_portal.session.js";
import { CancellationDetails } from "./cancellation_details.js";
import { Capability } from "./capability.js";
import { Card } from "./card.js";
import { CardGeneratedFromPaymentMethodDetails } from "./card_generated_from_payment_method_details.js";
import { CardIssuingAccountTermsOfService } from "./card_issuing_account_terms_of_service.js";
import { CardMandatePaymentMethodDetails } from "./card_mandate_payment_method_details.js";
import { CashBalance } from "./cash_balance.js";
import { Charge } from "./charge.js";
import { ChargeFraudDetails } from "./charge_fraud_details.js";
import { ChargeOutcome } from "./charge_outcome.js";
import { ChargeTransferData } from "./charge_transfer_data.js";
import { CheckoutSession } from "./checkout.session.js";
import { CheckoutAcssDebitMandateOptions } from "./checkout_acss_debit_mandate_options.js";
import { CheckoutAcssDebitPaymentMethodOptions } from "./checkout_acss_debit_payment_method_options.js";
import { CheckoutAffirmPaymentMethodOptions } from "./checkout_affirm_payment_method_options.js";
import { CheckoutAfterpayClearpayPaymentMethodOptions } from "./checkout_afterpay_clearpay_payment_method_options.js";
import { CheckoutAlipayPaymentMethodOptions } from "./checkout_alipay_payment_method_options.js";
import { CheckoutAuBecsDebitPaymentMethodOptions } from "./checkout_au_becs_debit_payment_method_options.js";
import { CheckoutBacsDebitPaymentMethodOptions } from "./checkout_bacs_debit_payment_method_options.js";
import { CheckoutBancontactPaymentMethodOptions } from "./checkout_bancontact_payment_method_options.js";
import { CheckoutBoletoPaymentMethodOptions } from "./checkout_boleto_payment_method_options.js";
import { CheckoutCardInstallmentsOptions } from "./checkout_card_installments_options.js";
import { CheckoutCardPaymentMethodOptions } from "./checkout_card_payment_method_options.js";
import { CheckoutCashappPaymentMethodOptions } from "./checkout_cashapp_payment_method_options.js";
import { CheckoutCustomerBalanceBankTransferPaymentMethodOptions } from "./checkout_customer_balance_bank_transfer_payment_method_options.js";
import { CheckoutCustomerBalancePaymentMethodOptions } from "./checkout_customer_balance_payment_method_options.js";
import { CheckoutEpsPaymentMethodOptions } from "./checkout_eps_payment_method_options.js";
import { CheckoutFpxPaymentMethodOptions } from "./checkout_fpx_payment_method_options.js";
import { CheckoutGiropayPaymentMethodOptions } from "./checkout_giropay_payment_method_options.js";
import { CheckoutGrabPayPaymentMethodOptions } from "./checkout_grab_pay_payment_method_options.js";
import { CheckoutIdealPaymentMethodOptions } from "./checkout_ideal_payment_method_options.js";
import { CheckoutKlarnaPaymentMethodOptions } from "./checkout_klarna_payment_method_options.js";
import { CheckoutKonbiniPaymentMethodOptions } from "./checkout_konbini_payment_method_options.js";
import { CheckoutLinkPaymentMethodOptions } from "./checkout_link_payment_method_options.js";
import { CheckoutOxxoPaymentMethodOptions } from "./checkout_oxxo_payment_method_options.js";
import { CheckoutP24PaymentMethodOptions } from "./checkout_p24_payment_method_options.js";
import { CheckoutPaynowPaymentMethodOptions } from "./checkout_paynow_payment_method_options.js";
import { CheckoutPixPaymentMethodOptions } from "./checkout_pix_payment_method_options.js";
import { CheckoutSepaDebitPaymentMethodOptions } from "./checkout_sepa_debit_payment_method_options.js";
import { CheckoutSessionPaymentMethodOptions } from "./checkout_session_payment_method_options.js";
import { CheckoutSofortPaymentMethodOptions } from "./checkout_sofort_payment_method_options.js";
import { CheckoutUsBankAccountPaymentMethodOptions } from "./checkout_us_bank_account_payment_method_options.js";
import { ConnectCollectionTransfer } from "./connect_collection_transfer.js";
import { ConnectEmbeddedAccountSessionCreateComponents } from "./connect_embedded_account_session_create_components.js";
import { ConnectEmbeddedBaseConfig } from "./connect_embedded_base_config.js";
import { CountrySpec } from "./country_spec.js";
import { CountrySpecVerificationFieldDetails } from "./country_spec_verification_field_details.js";
import { CountrySpecVerificationFields } from "./country_spec_verification_fields.js";
import { Coupon } from "./coupon.js";
import { CouponAppliesTo } from "./coupon_applies_to.js";
import { CouponCurrencyOption } from "./coupon_currency_option.js";
import { CreditNote } from "./credit_note.js";
import { CreditNoteLineItem } from "./credit_note_line_item.js";
import { CreditNoteTaxAmount } from "./credit_note_tax_amount.js";
import { CurrencyOption } from "./currency_option.js";
import { CustomUnitAmount } from "./custom_unit_amount.js";
import { Customer } from "./customer.js";
import { CustomerAcceptance } from "./customer_acceptance.js";
import { CustomerBalanceCustomerBalanceSettings } from "./customer_balance_customer_balance_settings.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft } from "./customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer } from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer } from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer } from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_gb_bank_transfer.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer } from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_jp_bank_transfer.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer } from "./customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_us_bank_transfer.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction.js";
import { CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction } from "./customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction.js";
import { CustomerBalanceTransaction } from "./customer_balance_transaction.js";
import { CustomerCashBalanceTransaction } from "./customer_cash_balance_transaction.js";
import { CustomerTax } from "./customer_tax.js";
import { CustomerTaxLocation } from "./customer_tax_location.js";
import { DeletedAccount } from "./deleted_account.js";
import { DeletedApplePayDomain } from "./deleted_apple_pay_domain.js";
import { DeletedApplication } from "./deleted_application.js";
import { DeletedBankAccount } from "./deleted_bank_account.js";
import { DeletedCard } from "./deleted_card.js";
import { DeletedCoupon } from "./deleted_coupon.js";
import { DeletedCustomer } from "./deleted_customer.js";
import { DeletedDiscount } from "./deleted_discount.js";
import { DeletedExternalAccount } from "./deleted_external_account.js";
import { DeletedInvoice } from "./deleted_invoice.js";
import { DeletedInvoiceitem } from "./deleted_invoiceitem.js";
import { DeletedPaymentSource } from "./deleted_payment_source.js";
import { DeletedPerson } from "./deleted_person.js";
import { DeletedPlan } from "./deleted_plan.js";
import { DeletedPrice } from "./deleted_price.js";
import { DeletedProduct } from "./deleted_product.js";
import { DeletedRadarValueList } from "./deleted_radar.value_list.js";
import { DeletedRadarValueListItem } from "./deleted_radar.value_list_item.js";
import { DeletedSubscriptionItem } from "./deleted_subscription_item.js";
import { DeletedTaxId } from "./deleted_tax_id.js";
import { DeletedTerminalConfiguration } from "./deleted_terminal.configuration.js";
import { DeletedTerminalLocation } from "./deleted_terminal.location.js";
import { DeletedTerminalReader } from "./deleted_terminal.reader.js";
import { DeletedTestHelpersTestClock } from "./deleted_test_helpers.test_clock.js";
import { DeletedWebhookEndpoint } from "./deleted_webhook_endpoint.js";
import { Discount } from "./discount.js";
import { DiscountsResourceDiscountAmount } from "./discounts_resource_discount_amount.js";
import { Dispute } from "./dispute.js";
import { DisputeEvidence } from "./dispute_evidence.js";
import { DisputeEvidenceDetails } from "./dispute_evidence_details.js";
import { DisputePaymentMethodDetails } from "./dispute_payment_method_details.js";
import { DisputePaymentMethodDetailsCard } from "./dispute_payment_method_details_card.js";
import { EmailSent } from "./email_sent.js";
import { EphemeralKey } from "./ephemeral_key.js";
import { Error } from "./error.js";
import { Event } from "./event.js";
import { ExchangeRate } from "./exchange_rate.js";
import { ExternalAccount } from "./external_account.js";
import { ExternalAccountRequirements } from "./external_account_requirements.js";
import { Fee } from "./fee.js";
import { FeeRefund } from "./fee_refund.js";
import { File } from "./file.js";
import { FileLink } from "./file_link.js";
import { FinancialConnectionsAccount } from "./financial_connections.account.js";
import { FinancialConnectionsAccountOwner } from "./financial_connections.account_owner.js";
import { FinancialConnectionsAccountOwnership } from "./financial_connections.account_ownership.js";
import { FinancialConnectionsSession } from "./financial_connections.session.js";
import { FinancialReportingFinanceReportRunRunParameters } from "./financial_reporting_finance_report_run_run_parameters.js";
import { FundingInstructions } from "./funding_instructions.js";
import { FundingInstructionsBankTransfer } from "./funding_instructions_bank_transfer.js";
import { FundingInstructionsBankTransferFinancialAddress } from "./funding_instructions_bank_transfer_financial_address.js";
import { FundingInstructionsBankTransferIbanRecord } from "./funding_instructions_bank_transfer_iban_record.js";
import { FundingInstructionsBankTransferSortCodeRecord } from "./funding_instructions_bank_transfer_sort_code_record.js";
import { FundingInstructionsBankTransferSpeiRecord } from "./funding_instructions_bank_transfer_spei_record.js";
import { FundingInstructionsBankTransferZenginRecord } from "./funding_instructions_bank_transfer_zengin_record.js";
import { GelatoDataDocumentReportDateOfBirth } from "./gelato_data_document_report_date_of_birth.js";
import { GelatoDataDocumentReportExpirationDate } from "./gelato_data_document_report_expiration_date.js";
import { GelatoDataDocumentReportIssuedDate } from "./gelato_data_document_report_issued_date.js";
import { GelatoDataIdNumberReportDate } from "./gelato_data_id_number_report_date.js";
import { GelatoDataVerifiedOutputsDate } from "./gelato_data_verified_outputs_date.js";
import { GelatoDocumentReport } from "./gelato_document_report.js";
import { GelatoDocumentReportError } from "./gelato_document_report_error.js";
import { GelatoIdNumberReport } from "./gelato_id_number_report.js";
import { GelatoIdNumberReportError } from "./gelato_id_number_report_error.js";
import { GelatoReportDocumentOptions } from "./gelato_report_document_options.js";
import { GelatoReportIdNumberOptions } from "./gelato_report_id_number_options.js";
import { GelatoSelfieReport } from "./gelato_selfie_report.js";
import { GelatoSelfieReportError } from "./gelato_selfie_report_error.js";
import { GelatoSessionDocumentOptions } from "./gelato_session_document_options.js";
import { GelatoSessionIdNumberOptions } from "./gelato_session_id_number_options.js";
import { GelatoSessionLastError } from "./gelato_session_last_error.js";
import { GelatoVerificationReportOptions } from "./gelato_verification_report_options.js";
import { GelatoVerificationSessionOptions } from "./gelato_verification_session_options.js";
import { GelatoVerifiedOutputs } from "./gelato_verified_outputs.js";
import { IdentityVerificationReport } from "./identity.verification_report.js";
import { IdentityVerificationSession } from "./identity.verification_session.js";
import { InboundTransfers } from "./inbound_transfers.js";
import { InboundTransfersPaymentMethodDetailsUsBankAccount } from "./inbound_transfers_payment_method_details_us_bank_account.js";
import { Invoice } from "./invoice.js";
import { InvoiceInstallmentsCard } from "./invoice_installments_card.js";
import { InvoiceItemThresholdReason } from "./invoice_item_threshold_reason.js";
import { InvoiceLineItemPeriod } from "./invoice_line_item_period.js";
import { InvoiceMandateOptionsCard } from "./invoice_mandate_options_card.js";
import { InvoicePaymentMethodOptionsAcssDebit } from "./invoice_payment_method_options_acss_debit.js";
import { InvoicePaymentMethodOptionsAcssDebitMandateOptions } from "./invoice_payment_method_options_acss_debit_mandate_options.js";
import { InvoicePaymentMethodOptionsBancontact } from "./invoice_payment_method_options_bancontact.js";
import { InvoicePaymentMethodOptionsCard } from "./invoice_payment_method_options_card.js";
import { InvoicePaymentMethodOptionsCustomerBalance } from "./invoice_payment_method_options_customer_balance.js";
import { InvoicePaymentMethodOptionsCustomerBalanceBankTransfer } from "./invoice_payment_method_options_customer_balance_bank_transfer.js";
import { InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer } from "./invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer.js";
import { InvoicePaymentMethodOptionsKonbini } from "./invoice_payment_method_options_konbini.js";
import { InvoicePaymentMethodOptionsUsBankAccount } from "./invoice_payment_method_options_us_bank_account.js";
import { InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions } from "./invoice_payment_method_options_us_bank_account_linked_account_options.js";
import { InvoiceSettingCustomField } from "./invoice_setting_custom_field.js";
import { InvoiceSettingCustomerSetting } from "./invoice_setting_customer_setting.js";
import { InvoiceSettingQuoteSetting } from "./invoice_setting_quote_setting.js";
import { InvoiceSettingRenderingOptions } from "./invoice_setting_rendering_options.js";
import { InvoiceSettingSubscriptionSchedulePhaseSetting } from "./invoice_setting_subscription_schedule_phase_setting.js";
import { InvoiceSettingSubscriptionScheduleSetting } from "./invoice_setting_subscription_schedule_setting.js";
import { InvoiceTaxAmount } from "./invoice_tax_amount.js";
import { InvoiceThresholdReason } from "./invoice_threshold_reason.js";
import { InvoiceTransferData } from "./invoice_transfer_data.js";
import { Invoiceitem } from "./invoiceitem.js";
import { InvoicesFromInvoice } from "./invoices_from_invoice.js";
import { InvoicesPaymentMethodOptions } from "./invoices_payment_method_options.js";
import { InvoicesPaymentSettings } from "./invoices_payment_settings.js";
import { InvoicesResourceInvoiceTaxId } from "./invoices_resource_invoice_tax_id.js";
import { InvoicesResourceLineItemsCreditedItems } from "./invoices_resource_line_items_credited_items.js";
import { InvoicesResourceLineItemsProrationDetails } from "./invoices_resource_line_items_proration_details.js";
import { InvoicesShippingCost } from "./invoices_shipping_cost.js";
import { InvoicesStatusTransitions } from "./invoices_status_transitions.js";
import { IssuingAuthorization } from "./issuing.authorization.js";
import { IssuingCard } from "./issuing.card.js";
import { IssuingCardholder } from "./issuing.cardholder.js";
import { IssuingDispute } from "./issuing.dispute.js";
import { IssuingSettlement } from "./issuing.settlement.js";
import { IssuingTransaction } from "./issuing.transaction.js";
import { IssuingAuthorizationAmountDetails } from "./issuing_authorization_amount_details.js";
import { IssuingAuthorizationMerchantData } from "./issuing_authorization_merchant_data.js";
import { IssuingAuthorizationNetworkData } from "./issuing_authorization_network_data.js";
import { IssuingAuthorizationPendingRequest } from "./issuing_authorization_pending_request.js";
import { IssuingAuthorizationRequest } from "./issuing_authorization_request.js";
import { IssuingAuthorizationTreasury } from "./issuing_authorization_treasury.js";
import { IssuingAuthorizationVerificationData } from "./issuing_authorization_verification_data.js";
import { IssuingCardApplePay } from "./issuing_card_apple_pay.js";
import { IssuingCardAuthorizationControls } from "./issuing_card_authorization_controls.js";
import { IssuingCardGooglePay } from "./issuing_card_google_pay.js";
import { IssuingCardShipping } from "./issuing_card_shipping.js";
import { IssuingCardShippingCustoms } from "./issuing_card_shipping_customs.js";
import { IssuingCardSpendingLimit } from "./issuing_card_spending_limit.js";
import { IssuingCardWallets } from "./issuing_card_wallets.js";
import { IssuingCardholderAddress } from "./issuing_cardholder_address.js";
import { IssuingCardholderAuthorizationControls } from "./issuing_cardholder_authorization_controls.js";
import { IssuingCardholderCardIssuing } from "./issuing_cardholder_card_issuing.js";
import { IssuingCardholderCompany } from "./issuing_cardholder_company.js";
import { IssuingCardholderIdDocument } from "./issuing_cardholder_id_document.js";
import { IssuingCardholderIndividual } from "./issuing_cardholder_individual.js";
import { IssuingCardholderIndividualDob } from "./issuing_cardholder_individual_dob.js";
import { IssuingCardholderRequirements } from "./issuing_cardholder_requirements.js";
import { IssuingCardholderSpendingLimit } from "./issuing_cardholder_spending_limit.js";
import { IssuingCardholderUserTermsAcceptance } from "./issuing_cardholder_user_terms_acceptance.js";
import { IssuingCardholderVerification } from "./issuing_cardholder_verification.js";
import { IssuingDisputeCanceledEvidence } from "./issuing_dispute_canceled_evidence.js";
import { IssuingDisputeDuplicateEvidence } from "./issuing_dispute_duplicate_evidence.js";
import { IssuingDisputeEvidence } from "./issuing_dispute_evidence.js";
import { IssuingDisputeFraudulentEvidence } from "./issuing_dispute_fraudulent_evidence.js";
import { IssuingDisputeMerchandiseNotAsDescribedEvidence } from "./issuing_dispute_merchandise_not_as_described_evidence.js";
import { IssuingDisputeNotReceivedEvidence } from "./issuing_dispute_not_received_evidence.js";
import { IssuingDisputeOtherEvidence } from "./issuing_dispute_other_evidence.js";
import { IssuingDisputeServiceNotAsDescribedEvidence } from "./issuing_dispute_service_not_as_described_evidence.js";
import { IssuingDisputeTreasury } from "./issuing_dispute_treasury.js";
import { IssuingTransactionAmountDetails } from "./issuing_transaction_amount_details.js";
import { IssuingTransactionFlightData } from "./issuing_transaction_flight_data.js";
import { IssuingTransactionFlightDataLeg } from "./issuing_transaction_flight_data_leg.js";
import { IssuingTransactionFuelData } from "./issuing_transaction_fuel_data.js";
import { IssuingTransactionLodgingData } from "./issuing_transaction_lodging_data.js";
import { IssuingTransactionPurchaseDetails } from "./issuing_transaction_purchase_details.js";
import { IssuingTransactionReceiptData } from "./issuing_transaction_receipt_data.js";
import { IssuingTransactionTreasury } from "./issuing_transaction_treasury.js";
import { Item } from "./item.js";
import { LegalEntityCompany } from "./legal_entity_company.js";
import { LegalEntityCompanyVerification } from "./legal_entity_company_verification.js";
import { LegalEntityCompanyVerificationDocument } from "./legal_entity_company_verification_document.js";
import { LegalEntityDob } from "./legal_entity_dob.js";
import { LegalEntityJapanAddress } from "./legal_entity_japan_address.js";
import { LegalEntityPersonVerification } from "./legal_entity_person_verification.js";
import { LegalEntityPersonVerificationDocument } from "./legal_entity_person_verification_document.js";
import { LegalEntityUboDeclaration } from "./legal_entity_ubo_declaration.js";
import { LineItem } from "./line_item.js";
import { LineItemsDiscountAmount } from "./line_items_discount_amount.js";
import { LineItemsTaxAmount } from "./line_items_tax_amount.js";
import { LinkedAccountOptionsUsBankAccount } from "./linked_account_options_us_bank_account.js";
import { LoginLink } from "./login_link.js";
import { Mandate } from "./mandate.js";
import { MandateAcssDebit } from "./mandate_acss_debit.js";
import { MandateAuBecsDebit } from "./mandate_au_becs_debit.js";
import { MandateBacsDebit } from "./mandate_bacs_debit.js";
import { MandateCashapp } from "./mandate_cashapp.js";
import { MandateLink } from "./mandate_link.js";
import { MandateMultiUse } from "./mandate_multi_use.js";
import { MandatePaymentMethodDetails } from "./mandate_payment_method_details.js";
import { MandatePaypal } from "./mandate_paypal.js";
import { MandateSepaDebit } from "./mandate_sepa_debit.js";
import { MandateSingleUse } from "./mandate_single_use.js";
import { MandateUsBankAccount } from "./mandate_us_bank_account.js";
import { Networks } from "./networks.js";
import { NotificationEventData } from "./notification_event_data.js";
import { NotificationEventRequest } from "./notification_event_request.js";
import { OfflineAcceptance } from "./offline_acceptance.js";
import { OnlineAcceptance } from "./online_acceptance.js";
import { OutboundPaymentsPaymentMethodDetails } from "./outbound_payments_payment_method_details.js";
import { OutboundPaymentsPaymentMethodDetailsFinancialAccount } from "./outbound_payments_payment_method_details_financial_account.js";
import { OutboundPaymentsPaymentMethodDetailsUsBankAccount } from "./outbound_payments_payment_method_details_us_bank_account.js";
import { OutboundTransfersPaymentMethodDetails } from "./outbound_transfers_payment_method_details.js";
import { OutboundTransfersPaymentMethodDetailsUsBankAccount } from "./outbound_transfers_payment_method_details_us_bank_account.js";
import { PackageDimensions } from "./package_dimensions.js";
import { PaymentFlowsAmountDetails } from "./payment_flows_amount_details.js";
import { PaymentFlowsAmountDetailsResourceTip } from "./payment_flows_amount_details_resource_tip.js";
import { PaymentFlowsAutomaticPaymentMethodsPaymentIntent } from "./payment_flows_automatic_payment_methods_payment_intent.js";
import { PaymentFlowsAutomaticPaymentMethodsSetupIntent } from "./payment_flows_automatic_payment_methods_setup_intent.js";
import { PaymentFlowsInstallmentOptions } from "./payment_flows_installment_options.js";
import { PaymentFlowsPrivatePaymentMethodsAlipay } from "./payment_flows_private_payment_methods_alipay.js";
import { PaymentFlowsPrivatePaymentMethodsAlipayDetails } from "./payment_flows_private_payment_methods_alipay_details.js";
import { PaymentFlowsPrivatePaymentMethodsKlarnaDob } from "./payment_flows_private_payment_methods_klarna_dob.js";
import { PaymentIntent } from "./payment_intent.js";
import { PaymentIntentCardProcessing } from "./payment_intent_card_processing.js";
import { PaymentIntentNextAction } from "./payment_intent_next_action.js";
import { PaymentIntentNextActionAlipayHandleRedirect } from "./payment_intent_next_action_alipay_handle_redirect.js";
import { PaymentIntentNextActionBoleto } from "./payment_intent_next_action_boleto.js";
import { PaymentIntentNextActionCardAwaitNotification } from "./payment_intent_next_action_card_await_notification.js";
import { PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode } from "./payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code.js";
import { PaymentIntentNextActionCashappQrCode } from "./payment_intent_next_action_cashapp_qr_code.js";
import { PaymentIntentNextActionDisplayBankTransferInstructions } from "./payment_intent_next_action_display_bank_transfer_instructions.js";
import { PaymentIntentNextActionDisplayOxxoDetails } from "./payment_intent_next_action_display_oxxo_details.js";
import { PaymentIntentNextActionKonbini } from "./payment_intent_next_action_konbini.js";
import { PaymentIntentNextActionKonbiniFamilymart } from "./payment_intent_next_action_konbini_familymart.js";
import { PaymentIntentNextActionKonbiniLawson } from "./payment_intent_next_action_konbini_lawson.js";
import { PaymentIntentNextActionKonbiniMinistop } from "./payment_intent_next_action_konbini_ministop.js";
import { PaymentIntentNextActionKonbiniSeicomart } from "./payment_intent_next_action_konbini_seicomart.js";
import { PaymentIntentNextActionKonbiniStores } from "./payment_intent_next_action_konbini_stores.js";
import { PaymentIntentNextActionPaynowDisplayQrCode } from "./payment_intent_next_action_paynow_display_qr_code.js";
import { PaymentIntentNextActionPixDisplayQrCode } from "./payment_intent_next_action_pix_display_qr_code.js";
import { PaymentIntentNextActionPromptpayDisplayQrCode } from "./payment_intent_next_action_promptpay_display_qr_code.js";
import { PaymentIntentNextActionRedirectToUrl } from "./payment_intent_next_action_redirect_to_url.js";
import { PaymentIntentNextActionVerifyWithMicrodeposits } from "./payment_intent_next_action_verify_with_microdeposits.js";
import { PaymentIntentNextActionWechatPayDisplayQrCode } from "./payment_intent_next_action_wechat_pay_display_qr_code.js";
import { PaymentIntentNextActionWechatPayRedirectToAndroidApp } from "./payment_intent_next_action_wechat_pay_redirect_to_android_app.js";
import { PaymentIntentNextActionWechatPayRedirectToIosApp } from "./payment_intent_next_action_wechat_pay_redirect_to_ios_app.js";
import { PaymentIntentPaymentMethodOptions } from "./payment_intent_payment_method_options.js";
import { PaymentIntentPaymentMethodOptionsAcssDebit } from "./payment_intent_payment_method_options_acss_debit.js";
import { PaymentIntentPaymentMethodOptionsAuBecsDebit } from "./payment_intent_payment_method_options_au_becs_debit.js";
import { PaymentIntentPaymentMethodOptionsBlik } from "./payment_intent_payment_method_options_blik.js";
import { PaymentIntentPaymentMethodOptionsCard } from "./payment_intent_payment_method_options_card.js";
import { PaymentIntentPaymentMethodOptionsEps } from "./payment_intent_payment_method_options_eps.js";
import { PaymentIntentPaymentMethodOptionsLink } from "./payment_intent_payment_method_options_link.js";
import { PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit } from "./payment_intent_payment_method_options_mandate_options_acss_debit.js";
import { PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit } from "./payment_intent_payment_method_options_mandate_options_sepa_debit.js";
import { PaymentIntentPaymentMethodOptionsSepaDebit } from "./payment_intent_payment_method_options_sepa_debit.js";
import { PaymentIntentPaymentMethodOptionsUsBankAccount } from "./payment_intent_payment_method_options_us_bank_account.js";
import { PaymentIntentProcessing } from "./payment_intent_processing.js";
import { PaymentIntentProcessingCustomerNotification } from "./payment_intent_processing_customer_notification.js";
import { PaymentIntentTypeSpecificPaymentMethodOptionsClient } from "./payment_intent_type_specific_payment_method_options_client.js";
import { PaymentLink } from "./payment_link.js";
import { PaymentLinksResourceAfterCompletion } from "./payment_links_resource_after_completion.js";
import { PaymentLinksResourceAutomaticTax } from "./payment_links_resource_automatic_tax.js";
import { PaymentLinksResourceCompletionBehaviorConfirmationPage } from "./payment_links_resource_completion_behavior_confirmation_page.js";
import { PaymentLinksResourceCompletionBehaviorRedirect } from "./payment_links_resource_completion_behavior_redirect.js";
import { PaymentLinksResourceConsentCollection } from "./payment_links_resource_consent_collection.js";
import { PaymentLinksResourceCustomFields } from "./payment_links_resource_custom_fields.js";
import { PaymentLinksResourceCustomFieldsDropdown } from "./payment_links_resource_custom_fields_dropdown.js";
import { PaymentLinksResourceCustomFieldsDropdownOption } from "./payment_links_resource_custom_fields_dropdown_option.js";
import { PaymentLinksResourceCustomFieldsLabel } from "./payment_links_resource_custom_fields_label.js";
import { PaymentLinksResourceCustomFieldsNumeric } from "./payment_links_resource_custom_fields_numeric.js";
import { PaymentLinksResourceCustomFieldsText } from "./payment_links_resource_custom_fields_text.js";
import { PaymentLinksResourceCustomText } from "./payment_links_resource_custom_text.js";
import { PaymentLinksResourceCustomTextPosition } from "./payment_links_resource_custom_text_position.js";
import { PaymentLinksResourceInvoiceCreation } from "./payment_links_resource_invoice_creation.js";
import { PaymentLinksResourceInvoiceSettings } from "./payment_links_resource_invoice_settings.js";
import { PaymentLinksResourcePaymentIntentData } from "./payment_links_resource_payment_intent_data.js";
import { PaymentLinksResourcePhoneNumberCollection } from "./payment_links_resource_phone_number_collection.js";
import { PaymentLinksResourceShippingAddressCollection } from "./payment_links_resource_shipping_address_collection.js";
import { PaymentLinksResourceShippingOption } from "./payment_links_resource_shipping_option.js";
import { PaymentLinksResourceSubscriptionData } from "./payment_links_resource_subscription_data.js";
import { PaymentLinksResourceTaxIdCollection } from "./payment_links_resource_tax_id_collection.js";
import { PaymentLinksResourceTransferData } from "./payment_links_resource_transfer_data.js";
import { PaymentMethod } from "./payment_method.js";
import { PaymentMethodAcssDebit } from "./payment_method_acss_debit.js";
import { PaymentMethodAffirm } from "./payment_method_affirm.js";
import { PaymentMethodAfterpayClearpay } from "./payment_method_afterpay_clearpay.js";
import { PaymentMethodAuBecsDebit } from "./payment_method_au_becs_debit.js";
import { PaymentMethodBacsDebit } from "./payment_method_bacs_debit.js";
import { PaymentMethodBancontact } from "./payment_method_bancontact.js";
import { PaymentMethodBlik } from "./payment_method_blik.js";
import { PaymentMethodBoleto } from "./payment_method_boleto.js";
import { PaymentMethodCard } from "./payment_method_card.js";
import { PaymentMethodCardChecks } from "./payment_method_card_checks.js";
import { PaymentMethodCardGeneratedCard } from "./payment_method_card_generated_card.js";
import { PaymentMethodCardPresent } from "./payment_method_card_present.js";
import { PaymentMethodCardPresentNetworks } from "./payment_method_card_present_networks.js";
import { PaymentMethodCardWallet } from "./payment_method_card_wallet.js";
import { PaymentMethodCardWalletAmexExpressCheckout } from "./payment_method_card_wallet_amex_express_checkout.js";
import { PaymentMethodCardWalletApplePay } from "./payment_method_card_wallet_apple_pay.js";
import { PaymentMethodCardWalletGooglePay } from "./payment_method_card_wallet_google_pay.js";
import { PaymentMethodCardWalletLink } from "./payment_method_card_wallet_link.js";
import { PaymentMethodCardWalletMasterpass } from "./payment_method_card_wallet_masterpass.js";
import { PaymentMethodCardWalletSamsungPay } from "./payment_method_card_wallet_samsung_pay.js";
import { PaymentMethodCardWalletVisaCheckout } from "./payment_method_card_wallet_visa_checkout.js";
import { PaymentMethodCashapp } from "./payment_method_cashapp.js";
import { PaymentMethodCustomerBalance } from "./payment_method_customer_balance.js";
import { PaymentMethodDetails } from "./payment_method_details.js";
import { PaymentMethodDetailsAchCreditTransfer } from "./payment_method_details_ach_credit_transfer.js";
import { PaymentMethodDetailsAchDebit } from "./payment_method_details_ach_debit.js";
import { PaymentMethodDetailsAcssDebit } from "./payment_method_details_acss_debit.js";
import { PaymentMethodDetailsAffirm } from "./payment_method_details_affirm.js";
import { PaymentMethodDetailsAfterpayClearpay } from "./payment_method_details_afterpay_clearpay.js";
import { PaymentMethodDetailsAuBecsDebit } from "./payment_method_details_au_becs_debit.js";
import { PaymentMethodDetailsBacsDebit } from "./payment_method_details_bacs_debit.js";
import { PaymentMethodDetailsBancontact } from "./payment_method_details_bancontact.js";
import { PaymentMethodDetailsBlik } from "./payment_method_details_blik.js";
import { PaymentMethodDetailsBoleto } from "./payment_method_details_boleto.js";
import { PaymentMethodDetailsCard } from "./payment_method_details_card.js";
import { PaymentMethodDetailsCardChecks } from "./payment_method_details_card_checks.js";
import { PaymentMethodDetailsCardInstallments } from "./payment_method_details_card_installments.js";
import { PaymentMethodDetailsCardInstallmentsPlan } from "./payment_method_details_card_installments_plan.js";
import { PaymentMethodDetailsCardNetworkToken } from "./payment_method_details_card_network_token.js";
import { PaymentMethodDetailsCardPresent } from "./payment_method_details_card_present.js";
import { PaymentMethodDetailsCardPresentReceipt } from "./payment_method_details_card_present_receipt.js";
import { PaymentMethodDetailsCardWallet } from "./payment_method_details_card_wallet.js";
import { PaymentMethodDetailsCardWalletAmexExpressCheckout } from "./payment_method_details_card_wallet_amex_express_checkout.js";
import { PaymentMethodDetailsCardWalletApplePay } from "./payment_method_details_card_wallet_apple_pay.js";
import { PaymentMethodDetailsCardWalletGooglePay } from "./payment_method_details_card_wallet_google_pay.js";
import { PaymentMethodDetailsCardWalletLink } from "./payment_method_details_card_wallet_link.js";
import { PaymentMethodDetailsCardWalletMasterpass } from "./payment_method_details_card_wallet_masterpass.js";
import { PaymentMethodDetailsCardWalletSamsungPay } from "./payment_method_details_card_wallet_samsung_pay.js";
import { PaymentMethodDetailsCardWalletVisaCheckout } from "./payment_method_details_card_wallet_visa_checkout.js";
import { PaymentMethodDetailsCashapp } from "./payment_method_details_cashapp.js";
import { PaymentMethodDetailsCustomerBalance } from "./payment_method_details_customer_balance.js";
import { PaymentMethodDetailsEps } from "./payment_method_details_eps.js";
import { PaymentMethodDetailsFpx } from "./payment_method_details_fpx.js";
import { PaymentMethodDetailsGiropay } from "./payment_method_details_giropay.js";
import { PaymentMethodDetailsGrabpay } from "./payment_method_details_grabpay.js";
import { PaymentMethodDetailsIdeal } from "./payment_method_details_ideal.js";
import { PaymentMethodDetailsInteracPresent } from "./payment_method_details_interac_present.js";
import { PaymentMethodDetailsInteracPresentReceipt } from "./payment_method_details_interac_present_receipt.js";
import { PaymentMethodDetailsKlarna } from "./payment_method_details_klarna.js";
import { PaymentMethodDetailsKonbini } from "./payment_method_details_konbini.js";
import { PaymentMethodDetailsKonbiniStore } from "./payment_method_details_konbini_store.js";
import { PaymentMethodDetailsLink } from "./payment_method_details_link.js";
import { PaymentMethodDetailsMultibanco } from "./payment_method_details_multibanco.js";
import { PaymentMethodDetailsOxxo } from "./payment_method_details_oxxo.js";
import { PaymentMethodDetailsP24 } from "./payment_method_details_p24.js";
import { PaymentMethodDetailsPaynow } from "./payment_method_details_paynow.js";
import { PaymentMethodDetailsPaypal } from "./payment_method_details_paypal.js";
import { PaymentMethodDetailsPix } from "./payment_method_details_pix.js";
import { PaymentMethodDetailsPromptpay } from "./payment_method_details_promptpay.js";
import { PaymentMethodDetailsSepaDebit } from "./payment_method_details_sepa_debit.js";
import { PaymentMethodDetailsSofort } from "./payment_method_details_sofort.js";
import { PaymentMethodDetailsStripeAccount } from "./payment_method_details_stripe_account.js";
import { PaymentMethodDetailsUsBankAccount } from "./payment_method_details_us_bank_account.js";
import { PaymentMethodDetailsWechat } from "./payment_method_details_wechat.js";
import { PaymentMethodDetailsWechatPay } from "./payment_method_details_wechat_pay.js";
import { PaymentMethodDetailsZip } from "./payment_method_details_zip.js";
import { PaymentMethodDomain } from "./payment_method_domain.js";
import { PaymentMethodDomainResourcePaymentMethodStatus } from "./payment_method_domain_resource_payment_method_status.js";
import { PaymentMethodDomainResourcePaymentMethodStatusDetails } from "./payment_method_domain_resource_payment_method_status_details.js";
import { PaymentMethodEps } from "./payment_method_eps.js";
import { PaymentMethodFpx } from "./payment_method_fpx.js";
import { PaymentMethodGiropay } from "./payment_method_giropay.js";
import { PaymentMethodGrabpay } from "./payment_method_grabpay.js";
import { PaymentMethodIdeal } from "./payment_method_ideal.js";
import { PaymentMethodInteracPresent } from "./payment_method_interac_present.js";
import { PaymentMethodKlarna } from "./payment_method_klarna.js";
import { PaymentMethodKonbini } from "./payment_method_konbini.js";
import { PaymentMethodLink } from "./payment_method_link.js";
import { PaymentMethodOptionsAffirm } from "./payment_method_options_affirm.js";
import { PaymentMethodOptionsAfterpayClearpay } from "./payment_method_options_afterpay_clearpay.js";
import { PaymentMethodOptionsAlipay } from "./payment_method_options_alipay.js";
import { PaymentMethodOptionsBacsDebit } from "./payment_method_options_bacs_debit.js";
import { PaymentMethodOptionsBancontact } from "./payment_method_options_bancontact.js";
import { PaymentMethodOptionsBoleto } from "./payment_method_options_boleto.js";
import { PaymentMethodOptionsCardInstallments } from "./payment_method_options_card_installments.js";
import { PaymentMethodOptionsCardMandateOptions } from "./payment_method_options_card_mandate_options.js";
import { PaymentMethodOptionsCardPresent } from "./payment_method_options_card_present.js";
import { PaymentMethodOptionsCashapp } from "./payment_method_options_cashapp.js";
import { PaymentMethodOptionsCustomerBalance } from "./payment_method_options_customer_balance.js";
import { PaymentMethodOptionsCustomerBalanceBankTransfer } from "./payment_method_options_customer_balance_bank_transfer.js";
import { PaymentMethodOptionsCustomerBalanceEuBankAccount } from "./payment_method_options_customer_balance_eu_bank_account.js";
import { PaymentMethodOptionsFpx } from "./payment_method_options_fpx.js";
import { PaymentMethodOptionsGiropay } from "./payment_method_options_giropay.js";
import { PaymentMethodOptionsGrabpay } from "./payment_method_options_grabpay.js";
import { PaymentMethodOptionsIdeal } from "./payment_method_options_ideal.js";
import { PaymentMethodOptionsInteracPresent } from "./payment_method_options_interac_present.js";
import { PaymentMethodOptionsKlarna } from "./payment_method_options_klarna.js";
import { PaymentMethodOptionsKonbini } from "./payment_method_options_konbini.js";
import { PaymentMethodOptionsOxxo } from "./payment_method_options_oxxo.js";
import { PaymentMethodOptionsP24 } from "./payment_method_options_p24.js";
import { PaymentMethodOptionsPaynow } from "./payment_method_options_paynow.js";
import { PaymentMethodOptionsPaypal } from "./payment_method_options_paypal.js";
import { PaymentMethodOptionsPix } from "./payment_method_options_pix.js";
import { PaymentMethodOptionsPromptpay } from "./payment_method_options_promptpay.js";
import { PaymentMethodOptionsSofort } from "./payment_method_options_sofort.js";
import { PaymentMethodOptionsWechatPay } from "./payment_method_options_wechat_pay.js";
import { PaymentMethodOptionsZip } from "./payment_method_options_zip.js";
import { PaymentMethodOxxo } from "./payment_method_oxxo.js";
import { PaymentMethodP24 } from "./payment_method_p24.js";
import { PaymentMethodPaynow } from "./payment_method_paynow.js";
import { PaymentMethodPaypal } from "./payment_method_paypal.js";
import { PaymentMethodPix } from "./payment_method_pix.js";
import { PaymentMethodPromptpay } from "./payment_method_promptpay.js";
import { PaymentMethodSepaDebit } from "./payment_method_sepa_debit.js";
import { PaymentMethodSofort } from "./payment_method_sofort.js";
import { PaymentMethodUsBankAccount } from "./payment_method_us_bank_account.js";
import { PaymentMethodUsBankAccountBlocked } from "./payment_method_us_bank_account_blocked.js";
import { PaymentMethodUsBankAccountStatusDetails } from "./payment_method_us_bank_account_status_details.js";
import { PaymentMethodWechatPay } from "./payment_method_wechat_pay.js";
import { PaymentMethodZip } from "./payment_method_zip.js";
import { PaymentPagesCheckoutSessionAfterExpiration } from "./payment_pages_checkout_session_after_expiration.js";
import { PaymentPagesCheckoutSessionAfterExpirationRecovery } from "./payment_pages_checkout_session_after_expiration_recovery.js";
import { PaymentPagesCheckoutSessionAutomaticTax } from "./payment_pages_checkout_session_automatic_tax.js";
import { PaymentPagesCheckoutSessionConsent } from "./payment_pages_checkout_session_consent.js";
import { PaymentPagesCheckoutSessionConsentCollection } from "./payment_pages_checkout_session_consent_collection.js";
import { PaymentPagesCheckoutSessionCurrencyConversion } from "./payment_pages_checkout_session_currency_conversion.js";
import { PaymentPagesCheckoutSessionCustomFields } from "./payment_pages_checkout_session_custom_fields.js";
import { PaymentPagesCheckoutSessionCustomFieldsDropdown } from "./payment_pages_checkout_session_custom_fields_dropdown.js";
import { PaymentPagesCheckoutSessionCustomFieldsLabel } from "./payment_pages_checkout_session_custom_fields_label.js";
import { PaymentPagesCheckoutSessionCustomFieldsNumeric } from "./payment_pages_checkout_session_custom_fields_numeric.js";
import { PaymentPagesCheckoutSessionCustomFieldsOption } from "./payment_pages_checkout_session_custom_fields_option.js";
import { PaymentPagesCheckoutSessionCustomFieldsText } from "./payment_pages_checkout_session_custom_fields_text.js";
import { PaymentPagesCheckoutSessionCustomText } from "./payment_pages_checkout_session_custom_text.js";
import { PaymentPagesCheckoutSessionCustomTextPosition } from "./payment_pages_checkout_session_custom_text_position.js";
import { PaymentPagesCheckoutSessionCustomerDetails } from "./payment_pages_checkout_session_customer_details.js";
import { PaymentPagesCheckoutSessionInvoiceCreation } from "./payment_pages_checkout_session_invoice_creation.js";
import { PaymentPagesCheckoutSessionInvoiceSettings } from "./payment_pages_checkout_session_invoice_settings.js";
import { PaymentPagesCheckoutSessionPhoneNumberCollection } from "./payment_pages_checkout_session_phone_number_collection.js";
import { PaymentPagesCheckoutSessionShippingAddressCollection } from "./payment_pages_checkout_session_shipping_address_collection.js";
import { PaymentPagesCheckoutSessionShippingCost } from "./payment_pages_checkout_session_shipping_cost.js";
import { PaymentPagesCheckoutSessionShippingOption } from "./payment_pages_checkout_session_shipping_option.js";
import { PaymentPagesCheckoutSessionTaxId } from "./payment_pages_checkout_session_tax_id.js";
import { PaymentPagesCheckoutSessionTaxIdCollection } from "./payment_pages_checkout_session_tax_id_collection.js";
import { PaymentPagesCheckoutSessionTotalDetails } from "./payment_pages_checkout_session_total_details.js";
import { PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown } from "./payment_pages_checkout_session_total_details_resource_breakdown.js";
import { PaymentSource } from "./payment_source.js";
import { Payout } from "./payout.js";
import { PaypalSellerProtection } from "./paypal_seller_protection.js";
import { Period } from "./period.js";
import { Person } from "./person.js";
import { PersonFutureRequirements } from "./person_future_requirements.js";
import { PersonRelationship } from "./person_relationship.js";
import { PersonRequirements } from "./person_requirements.js";
import { Plan } from "./plan.js";
import { PlanTier } from "./plan_tier.js";
import { PlatformTaxFee } from "./platform_tax_fee.js";
import { PortalBusinessProfile } from "./portal_business_profile.js";
import { PortalCustomerUpdate } from "./portal_customer_update.js";
import { PortalFeatures } from "./portal_features.js";
import { PortalFlowsAfterCompletionHostedConfirmation } from "./portal_flows_after_completion_hosted_confirmation.js";
import { PortalFlowsAfterCompletionRedirect } from "./portal_flows_after_completion_redirect.js";
import { PortalFlowsCouponOffer } from "./portal_flows_coupon_offer.js";
import { PortalFlowsFlow } from "./portal_flows_flow.js";
import { PortalFlowsFlowAfterCompletion } from "./portal_flows_flow_after_completion.js";
import { PortalFlowsFlowSubscriptionCancel } from "./portal_flows_flow_subscription_cancel.js";
import { PortalFlowsFlowSubscriptionUpdate } from "./portal_flows_flow_subscription_update.js";
import { PortalFlowsFlowSubscriptionUpdateConfirm } from "./portal_flows_flow_subscription_update_confirm.js";
import { PortalFlowsRetention } from "./portal_flows_retention.js";
import { PortalFlowsSubscriptionUpdateConfirmDiscount } from "./portal_flows_subscription_update_confirm_discount.js";
import { PortalFlowsSubscriptionUpdateConfirmItem } from "./portal_flows_subscription_update_confirm_item.js";
import { PortalInvoiceList } from "./portal_invoice_list.js";
import { PortalLoginPage } from "./portal_login_page.js";
import { PortalPaymentMethodUpdate } from "./portal_payment_method_update.js";
import { PortalSubscriptionCancel } from "./portal_subscription_cancel.js";
import { PortalSubscriptionCancellationReason } from "./portal_subscription_cancellation_reason.js";
import { PortalSubscriptionPause } from "./portal_subscription_pause.js";
import { PortalSubscriptionUpdate } from "./portal_subscription_update.js";
import { PortalSubscriptionUpdateProduct } from "./portal_subscription_update_product.js";
import { Price } from "./price.js";
import { PriceTier } from "./price_tier.js";
import { Product } from "./product.js";
import { ProductFeature } from "./product_feature.js";
import { PromotionCode } from "./promotion_code.js";
import { PromotionCodeCurrencyOption } from "./promotion_code_currency_option.js";
import { PromotionCodesResourceRestrictions } from "./promotion_codes_resource_restrictions.js";
import { Quote } from "./quote.js";
import { QuotesResourceAutomaticTax } from "./quotes_resource_automatic_tax.js";
import { QuotesResourceComputed } from "./quotes_resource_computed.js";
import { QuotesResourceFromQuote } from "./quotes_resource_from_quote.js";
import { QuotesResourceRecurring } from "./quotes_resource_recurring.js";
import { QuotesResourceStatusTransitions } from "./quotes_resource_status_transitions.js";
import { QuotesResourceSubscriptionDataSubscriptionData } from "./quotes_resource_subscription_data_subscription_data.js";
import { QuotesResourceTotalDetails } from "./quotes_resource_total_details.js";
import { QuotesResourceTotalDetailsResourceBreakdown } from "./quotes_resource_total_details_resource_breakdown.js";
import { QuotesResourceTransferData } from "./quotes_resource_transfer_data.js";
import { QuotesResourceUpfront } from "./quotes_resource_upfront.js";
import { RadarEarlyFraudWarning } from "./radar.early_fraud_warning.js";
import { RadarValueList } from "./radar.value_list.js";
import { RadarValueListItem } from "./radar.value_list_item.js";
import { RadarRadarOptions } from "./radar_radar_options.js";
import { RadarReviewResourceLocation } from "./radar_review_resource_location.js";
import { RadarReviewResourceSession } from "./radar_review_resource_session.js";
import { ReceivedPaymentMethodDetailsFinancialAccount } from "./received_payment_method_details_financial_account.js";
import { Recurring } from "./recurring.js";
import { Refund } from "./refund.js";
import { RefundNextAction } from "./refund_next_action.js";
import { RefundNextActionDisplayDetails } from "./refund_next_action_display_details.js";
import { ReportingReportRun } from "./reporting.report_run.js";
import { ReportingReportType } from "./reporting.report_type.js";
import { ReserveTransaction } from "./reserve_transaction.js";
import { Review } from "./review.js";
import { Rule } from "./rule.js";
import { ScheduledQueryRun } from "./scheduled_query_run.js";
import { SchedulesPhaseAutomaticTax } from "./schedules_phase_automatic_tax.js";
import { SecretServiceResourceScope } from "./secret_service_resource_scope.js";
import { SepaDebitGeneratedFrom } from "./sepa_debit_generated_from.js";
import { SetupAttempt } from "./setup_attempt.js";
import { SetupAttemptPaymentMethodDetails } from "./setup_attempt_payment_method_details.js";
import { SetupAttemptPaymentMethodDetailsAcssDebit } from "./setup_attempt_payment_method_details_acss_debit.js";
import { SetupAttemptPaymentMethodDetailsAuBecsDebit } from "./setup_attempt_payment_method_details_au_becs_debit.js";
import { SetupAttemptPaymentMethodDetailsBacsDebit } from "./setup_attempt_payment_method_details_bacs_debit.js";
import { SetupAttemptPaymentMethodDetailsBancontact } from "./setup_attempt_payment_method_details_bancontact.js";
import { SetupAttemptPaymentMethodDetailsBoleto } from "./setup_attempt_payment_method_details_boleto.js";
import { SetupAttemptPaymentMethodDetailsCard } from "./setup_attempt_payment_method_details_card.js";
import { SetupAttemptPaymentMethodDetailsCardPresent } from "./setup_attempt_payment_method_details_card_present.js";
import { SetupAttemptPaymentMethodDetailsCardWallet } from "./setup_attempt_payment_method_details_card_wallet.js";
import { SetupAttemptPaymentMethodDetailsCashapp } from "./setup_attempt_payment_method_details_cashapp.js";
import { SetupAttemptPaymentMethodDetailsIdeal } from "./setup_attempt_payment_method_details_ideal.js";
import { SetupAttemptPaymentMethodDetailsKlarna } from "./setup_attempt_payment_method_details_klarna.js";
import { SetupAttemptPaymentMethodDetailsLink } from "./setup_attempt_payment_method_details_link.js";
import { SetupAttemptPaymentMethodDetailsPaypal } from "./setup_attempt_payment_method_details_paypal.js";
import { SetupAttemptPaymentMethodDetailsSepaDebit } from "./setup_attempt_payment_method_details_sepa_debit.js";
import { SetupAttemptPaymentMethodDetailsSofort } from "./setup_attempt_payment_method_details_sofort.js";
import { SetupAttemptPaymentMethodDetailsUsBankAccount } from "./setup_attempt_payment_method_details_us_bank_account.js";
import { SetupIntent } from "./setup_intent.js";
import { SetupIntentNextAction } from "./setup_intent_next_action.js";
import { SetupIntentNextActionRedirectToUrl } from "./setup_intent_next_action_redirect_to_url.js";
import { SetupIntentNextActionVerifyWithMicrodeposits } from "./setup_intent_next_action_verify_with_microdeposits.js";
import { SetupIntentPaymentMethodOptions } from "./setup_intent_payment_method_options.js";
import { SetupIntentPaymentMethodOptionsAcssDebit } from "./setup_intent_payment_method_options_acss_debit.js";
import { SetupIntentPaymentMethodOptionsCard } from "./setup_intent_payment_method_options_card.js";
import { SetupIntentPaymentMethodOptionsCardMandateOptions } from "./setup_intent_payment_method_options_card_mandate_options.js";
import { SetupIntentPaymentMethodOptionsLink } from "./setup_intent_payment_method_options_link.js";
import { SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit } from "./setup_intent_payment_method_options_mandate_options_acss_debit.js";
import { SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit } from "./setup_intent_payment_method_options_mandate_options_sepa_debit.js";
import { SetupIntentPaymentMethodOptionsPaypal } from "./setup_intent_payment_method_options_paypal.js";
import { SetupIntentPaymentMethodOptionsSepaDebit } from "./setup_intent_payment_method_options_sepa_debit.js";
import { SetupIntentPaymentMethodOptionsUsBankAccount } from "./setup_intent_payment_method_options_us_bank_account.js";
import { SetupIntentTypeSpecificPaymentMethodOptionsClient } from "./setup_intent_type_specific_payment_method_options_client.js";
import { Shipping } from "./shipping.js";
import { ShippingRate } from "./shipping_rate.js";
import { ShippingRateCurrencyOption } from "./shipping_rate_currency_option.js";
import { ShippingRateDeliveryEstimate } from "./shipping_rate_delivery_estimate.js";
import { ShippingRateDeliveryEstimateBound } from "./shipping_rate_delivery_estimate_bound.js";
import { ShippingRateFixedAmount } from "./shipping_rate_fixed_amount.js";
import { SigmaScheduledQueryRunError } from "./sigma_scheduled_query_run_error.js";
import { Source } from "./source.js";
import { SourceCodeVerificationFlow } from "./source_code_verification_flow.js";
import { SourceMandateNotification } from "./source_mandate_notification.js";
import { SourceMandateNotificationAcssDebitData } from "./source_mandate_notification_acss_debit_data.js";
import { SourceMandateNotificationBacsDebitData } from "./source_mandate_notification_bacs_debit_data.js";
import { SourceMandateNotificationSepaDebitData } from "./source_mandate_notification_sepa_debit_data.js";
import { SourceOrder } from "./source_order.js";
import { SourceOrderItem } from "./source_order_item.js";
import { SourceOwner } from "./source_owner.js";
import { SourceReceiverFlow } from "./source_receiver_flow.js";
import { SourceRedirectFlow } from "./source_redirect_flow.js";
import { SourceTransaction } from "./source_transaction.js";
import { SourceTransactionAchCreditTransferData } from "./source_transaction_ach_credit_transfer_data.js";
import { SourceTransactionChfCreditTransferData } from "./source_transaction_chf_credit_transfer_data.js";
import { SourceTransactionGbpCreditTransferData } from "./source_transaction_gbp_credit_transfer_data.js";
import { SourceTransactionPaperCheckData } from "./source_transaction_paper_check_data.js";
import { SourceTransactionSepaCreditTransferData } from "./source_transaction_sepa_credit_transfer_data.js";
import { SourceTypeAchCreditTransfer } from "./source_type_ach_credit_transfer.js";
import { SourceTypeAchDebit } from "./source_type_ach_debit.js";
import { SourceTypeAcssDebit } from "./source_type_acss_debit.js";
import { SourceTypeAlipay } from "./source_type_alipay.js";
import { SourceTypeAuBecsDebit } from "./source_type_au_becs_debit.js";
import { SourceTypeBancontact } from "./source_type_bancontact.js";
import { SourceTypeCard } from "./source_type_card.js";
import { SourceTypeCardPresent } from "./source_type_card_present.js";
import { SourceTypeEps } from "./source_type_eps.js";
import { SourceTypeGiropay } from "./source_type_giropay.js";
import { SourceTypeIdeal } from "./source_type_ideal.js";
import { SourceTypeKlarna } from "./source_type_klarna.js";
import { SourceTypeMultibanco } from "./source_type_multibanco.js";
import { SourceTypeP24 } from "./source_type_p24.js";
import { SourceTypeSepaDebit } from "./source_type_sepa_debit.js";
import { SourceTypeSofort } from "./source_type_sofort.js";
import { SourceTypeThreeDSecure } from "./source_type_three_d_secure.js";
import { SourceTypeWechat } from "./source_type_wechat.js";
import { Subscription } from "./subscription.js";
import { SubscriptionAutomaticTax } from "./subscription_automatic_tax.js";
import { SubscriptionBillingThresholds } from "./subscription_billing_thresholds.js";
import { SubscriptionDetailsData } from "./subscription_details_data.js";
import { SubscriptionItem } from "./subscription_item.js";
import { SubscriptionItemBillingThresholds } from "./subscription_item_billing_thresholds.js";
import { SubscriptionPaymentMethodOptionsCard } from "./subscription_payment_method_options_card.js";
import { SubscriptionPendingInvoiceItemInterval } from "./subscription_pending_invoice_item_interval.js";
import { SubscriptionSchedule } from "./subscription_schedule.js";
import { SubscriptionScheduleAddInvoiceItem } from "./subscription_schedule_add_invoice_item.js";
import { SubscriptionScheduleConfigurationItem } from "./subscription_schedule_configuration_item.js";
import { SubscriptionScheduleCurrentPhase } from "./subscription_schedule_current_phase.js";
import { SubscriptionSchedulePhaseConfiguration } from "./subscription_schedule_phase_configuration.js";
import { SubscriptionSchedulesResourceDefaultSettings } from "./subscription_schedules_resource_default_settings.js";
import { SubscriptionSchedulesResourceDefaultSettingsAutomaticTax } from "./subscription_schedules_resource_default_settings_automatic_tax.js";
import { SubscriptionTransferData } from "./subscription_transfer_data.js";
import { SubscriptionsResourcePauseCollection } from "./subscriptions_resource_pause_collection.js";
import { SubscriptionsResourcePaymentMethodOptions } from "./subscriptions_resource_payment_method_options.js";
import { SubscriptionsResourcePaymentSettings } from "./subscriptions_resource_payment_settings.js";
import { SubscriptionsResourcePendingUpdate } from "./subscriptions_resource_pending_update.js";
import { SubscriptionsTrialsResourceEndBehavior } from "./subscriptions_trials_resource_end_behavior.js";
import { SubscriptionsTrialsResourceTrialSettings } from "./subscriptions_trials_resource_trial_settings.js";
import { TaxCalculation } from "./tax.calculation.js";
import { TaxCalculationLineItem } from "./tax.calculation_line_item.js";
import { TaxSettings } from "./tax.settings.js";
import { TaxTransaction } from "./tax.transaction.js";
import { TaxTransactionLineItem } from "./tax.transaction_line_item.js";
import { TaxCode } from "./tax_code.js";
import { TaxDeductedAtSource } from "./tax_deducted_at_source.js";
import { TaxId } from "./tax_id.js";
import { TaxIdVerification } from "./tax_id_verification.js";
import { TaxProductResourceCustomerDetails } from "./tax_product_resource_customer_details.js";
import { TaxProductResourceCustomerDetailsResourceTaxId } from "./tax_product_resource_customer_details_resource_tax_id.js";
import { TaxProductResourceJurisdiction } from "./tax_product_resource_jurisdiction.js";
import { TaxProductResourceLineItemTaxBreakdown } from "./tax_product_resource_line_item_tax_breakdown.js";
import { TaxProductResourceLineItemTaxRateDetails } from "./tax_product_resource_line_item_tax_rate_details.js";
import { TaxProductResourcePostalAddress } from "./tax_product_resource_postal_address.js";
import { TaxProductResourceTaxBreakdown } from "./tax_product_resource_tax_breakdown.js";
import { TaxProductResourceTaxCalculationShippingCost } from "./tax_product_resource_tax_calculation_shipping_cost.js";
import { TaxProductResourceTaxRateDetails } from "./tax_product_resource_tax_rate_details.js";
import { TaxProductResourceTaxSettingsDefaults } from "./tax_product_resource_tax_settings_defaults.js";
import { TaxProductResourceTaxSettingsHeadOffice } from "./tax_product_resource_tax_settings_head_office.js";
import { TaxProductResourceTaxSettingsStatusDetails } from "./tax_product_resource_tax_settings_status_details.js";
import { TaxProductResourceTaxSettingsStatusDetailsResourceActive } from "./tax_product_resource_tax_settings_status_details_resource_active.js";
import { TaxProductResourceTaxSettingsStatusDetailsResourcePending } from "./tax_product_resource_tax_settings_status_details_resource_pending.js";
import { TaxProductResourceTaxTransactionLineItemResourceReversal } from "./tax_product_resource_tax_transaction_line_item_resource_reversal.js";
import { TaxProductResourceTaxTransactionResourceReversal } from "./tax_product_resource_tax_transaction_resource_reversal.js";
import { TaxProductResourceTaxTransactionShippingCost } from "./tax_product_resource_tax_transaction_shipping_cost.js";
import { TaxRate } from "./tax_rate.js";
import { TerminalConfiguration } from "./terminal.configuration.js";
import { TerminalConnectionToken } from "./terminal.connection_token.js";
import { TerminalLocation } from "./terminal.location.js";
import { TerminalReader } from "./terminal.reader.js";
import { TerminalConfigurationConfigurationResourceCurrencySpecificConfig } from "./terminal_configuration_configuration_resource_currency_specific_config.js";
import { TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig } from "./terminal_configuration_configuration_resource_device_type_specific_config.js";
import { TerminalConfigurationConfigurationResourceTipping } from "./terminal_configuration_configuration_resource_tipping.js";
import { TerminalReaderReaderResourceCart } from "./terminal_reader_reader_resource_cart.js";
import { TerminalReaderReaderResourceLineItem } from "./terminal_reader_reader_resource_line_item.js";
import { TerminalReaderReaderResourceProcessConfig } from "./terminal_reader_reader_resource_process_config.js";
import { TerminalReaderReaderResourceProcessPaymentIntentAction } from "./terminal_reader_reader_resource_process_payment_intent_action.js";
import { TerminalReaderReaderResourceProcessSetupConfig } from "./terminal_reader_reader_resource_process_setup_config.js";
import { TerminalReaderReaderResourceProcessSetupIntentAction } from "./terminal_reader_reader_resource_process_setup_intent_action.js";
import { TerminalReaderReaderResourceReaderAction } from "./terminal_reader_reader_resource_reader_action.js";
import { TerminalReaderReaderResourceRefundPaymentAction } from "./terminal_reader_reader_resource_refund_payment_action.js";
import { TerminalReaderReaderResourceSetReaderDisplayAction } from "./terminal_reader_reader_resource_set_reader_display_action.js";
import { TerminalReaderReaderResourceTippingConfig } from "./terminal_reader_reader_resource_tipping_config.js";
import { TestHelpersTestClock } from "./test_helpers.test_clock.js";
import { ThreeDSecureDetails } from "./three_d_secure_details.js";
import { ThreeDSecureDetailsCharge } from "./three_d_secure_details_charge.js";
import { ThreeDSecureUsage } from "./three_d_secure_usage.js";
import { Token } from "./token.js";
import { Topup } from "./topup.js";
import { Transfer } from "./transfer.js";
import { TransferData } from "./transfer_data.js";
import { TransferReversal } from "./transfer_reversal.js";
import { TransferSchedule } from "./transfer_schedule.js";
import { TransformQuantity } from "./transform_quantity.js";
import { TransformUsage } from "./transform_usage.js";
import { TreasuryCreditReversal } from "./treasury.credit_reversal.js";
import { TreasuryDebitReversal } from "./treasury.debit_reversal.js";
import { TreasuryFinancialAccount } from "./treasury.financial_account.js";
import { TreasuryFinancialAccountFeatures } from "./treasury.financial_account_features.js";
import { TreasuryInboundTransfer } from "./treasury.inbound_transfer.js";
import { TreasuryOutboundPayment } from "./treasury.outbound_payment.js";
import { TreasuryOutboundTransfer } from "./treasury.outbound_transfer.js";
import { TreasuryReceivedCredit } from "./treasury.received_credit.js";
import { TreasuryReceivedDebit } from "./treasury.received_debit.js";
import { TreasuryTransaction } from "./treasury.transaction.js";
import { TreasuryTransactionEntry } from "./treasury.transaction_entry.js";
import { TreasuryFinancialAccountsResourceAbaRecord } from "./treasury_financial_accounts_resource_aba_record.js";
import { TreasuryFinancialAccountsResourceAbaToggleSettings } from "./treasury_financial_accounts_resource_aba_toggle_settings.js";
import { TreasuryFinancialAccountsResourceAchToggleSettings } from "./treasury_financial_accounts_resource_ach_toggle_settings.js";
import { TreasuryFinancialAccountsResourceBalance } from "./treasury_financial_accounts_resource_balance.js";
import { TreasuryFinancialAccountsResourceClosedStatusDetails } from "./treasury_financial_accounts_resource_closed_status_details.js";
import { TreasuryFinancialAccountsResourceFinancialAddress } from "./treasury_financial_accounts_resource_financial_address.js";
import { TreasuryFinancialAccountsResourceFinancialAddressesFeatures } from "./treasury_financial_accounts_resource_financial_addresses_features.js";
import { TreasuryFinancialAccountsResourceInboundTransfers } from "./treasury_financial_accounts_resource_inbound_transfers.js";
import { TreasuryFinancialAccountsResourceOutboundPayments } from "./treasury_financial_accounts_resource_outbound_payments.js";
import { TreasuryFinancialAccountsResourceOutboundTransfers } from "./treasury_financial_accounts_resource_outbound_transfers.js";
import { TreasuryFinancialAccountsResourcePlatformRestrictions } from "./treasury_financial_accounts_resource_platform_restrictions.js";
import { TreasuryFinancialAccountsResourceStatusDetails } from "./treasury_financial_accounts_resource_status_details.js";
import { TreasuryFinancialAccountsResourceToggleSettings } from "./treasury_financial_accounts_resource_toggle_settings.js";
import { TreasuryFinancialAccountsResourceTogglesSettingStatusDetails } from "./treasury_financial_accounts_resource_toggles_setting_status_details.js";
import { TreasuryInboundTransfersResourceFailureDetails } from "./treasury_inbound_transfers_resource_failure_details.js";
import { TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows } from "./treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows.js";
import { TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions } from "./treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions.js";
import { TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails } from "./treasury_outbound_payments_resource_outbound_payment_resource_end_user_details.js";
import { TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions } from "./treasury_outbound_payments_resource_outbound_payment_resource_status_transitions.js";
import { TreasuryOutboundPaymentsResourceReturnedStatus } from "./treasury_outbound_payments_resource_returned_status.js";
import { TreasuryOutboundTransfersResourceReturnedDetails } from "./treasury_outbound_transfers_resource_returned_details.js";
import { TreasuryOutboundTransfersResourceStatusTransitions } from "./treasury_outbound_transfers_resource_status_transitions.js";
import { TreasuryReceivedCreditsResourceLinkedFlows } from "./treasury_received_credits_resource_linked_flows.js";
import { TreasuryReceivedCreditsResourceReversalDetails } from "./treasury_received_credits_resource_reversal_details.js";
import { TreasuryReceivedCreditsResourceSourceFlowsDetails } from "./treasury_received_credits_resource_source_flows_details.js";
import { TreasuryReceivedCreditsResourceStatusTransitions } from "./treasury_received_credits_resource_status_transitions.js";
import { TreasuryReceivedDebitsResourceDebitReversalLinkedFlows } from "./treasury_received_debits_resource_debit_reversal_linked_flows.js";
import { TreasuryReceivedDebitsResourceLinkedFlows } from "./treasury_received_debits_resource_linked_flows.js";
import { TreasuryReceivedDebitsResourceReversalDetails } from "./treasury_received_debits_resource_reversal_details.js";
import { TreasuryReceivedDebitsResourceStatusTransitions } from "./treasury_received_debits_resource_status_transitions.js";
import { TreasurySharedResourceBillingDetails } from "./treasury_shared_resource_billing_details.js";
import { TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails } from "./treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";
import { TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount } from "./treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";
import { TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions } from "./treasury_transactions_resource_abstract_transaction_resource_status_transitions.js";
import { TreasuryTransactionsResourceBalanceImpact } from "./treasury_transactions_resource_balance_impact.js";
import { TreasuryTransactionsResourceFlowDetails } from "./treasury_transactions_resource_flow_details.js";
import { UsBankAccountNetworks } from "./us_bank_account_networks.js";
import { UsageRecord } from "./usage_record.js";
import { UsageRecordSummary } from "./usage_record_summary.js";
import { VerificationSessionRedaction } from "./verification_session_redaction.js";
import { WebhookEndpoint } from "./webhook_endpoint.js";

/** Every schema module by its name in the spec. */
export const schemas = Object.freeze({
  account: Account,
  account_bacs_debit_payments_settings: AccountBacsDebitPaymentsSettings,
  account_branding_settings: AccountBrandingSettings,
  account_business_profile: AccountBusinessProfile,
  account_capabilities: AccountCapabilities,
  account_capability_future_requirements: AccountCapabilityFutureRequirements,
  account_capability_requirements: AccountCapabilityRequirements,
  account_card_issuing_settings: AccountCardIssuingSettings,
  account_card_payments_settings: AccountCardPaymentsSettings,
  account_dashboard_settings: AccountDashboardSettings,
  account_decline_charge_on: AccountDeclineChargeOn,
  account_future_requirements: AccountFutureRequirements,
  account_link: AccountLink,
  account_monthly_estimated_revenue: AccountMonthlyEstimatedRevenue,
  account_payments_settings: AccountPaymentsSettings,
  account_payout_settings: AccountPayoutSettings,
  account_requirements: AccountRequirements,
  account_requirements_alternative: AccountRequirementsAlternative,
  account_requirements_error: AccountRequirementsError,
  account_sepa_debit_payments_settings: AccountSepaDebitPaymentsSettings,
  account_session: AccountSession,
  account_settings: AccountSettings,
  account_terms_of_service: AccountTermsOfService,
  account_tos_acceptance: AccountTosAcceptance,
  account_treasury_settings: AccountTreasurySettings,
  account_unification_account_controller: AccountUnificationAccountController,
  address: Address,
  api_errors: ApiErrors,
  apple_pay_domain: ApplePayDomain,
  application: Application,
  application_fee: ApplicationFee,
  "apps.secret": AppsSecret,
  automatic_tax: AutomaticTax,
  balance: Balance,
  balance_amount: BalanceAmount,
  balance_amount_by_source_type: BalanceAmountBySourceType,
  balance_detail: BalanceDetail,
  balance_transaction: BalanceTransaction,
  bank_account: BankAccount,
  bank_connections_resource_accountholder: BankConnectionsResourceAccountholder,
  bank_connections_resource_balance: BankConnectionsResourceBalance,
  bank_connections_resource_balance_api_resource_cash_balance:
    BankConnectionsResourceBalanceApiResourceCashBalance,
  bank_connections_resource_balance_api_resource_credit_balance:
    BankConnectionsResourceBalanceApiResourceCreditBalance,
  bank_connections_resource_balance_refresh:
    BankConnectionsResourceBalanceRefresh,
  bank_connections_resource_link_account_session_filters:
    BankConnectionsResourceLinkAccountSessionFilters,
  bank_connections_resource_ownership_refresh:
    BankConnectionsResourceOwnershipRefresh,
  billing_details: BillingDetails,
  "billing_portal.configuration": BillingPortalConfiguration,
  "billing_portal.session": BillingPortalSession,
  cancellation_details: CancellationDetails,
  capability: Capability,
  card: Card,
  card_generated_from_payment_method_details:
    CardGeneratedFromPaymentMethodDetails,
  card_issuing_account_terms_of_service: CardIssuingAccountTermsOfService,
  card_mandate_payment_method_details: CardMandatePaymentMethodDetails,
  cash_balance: CashBalance,
  charge: Charge,
  charge_fraud_details: ChargeFraudDetails,
  charge_outcome: ChargeOutcome,
  charge_transfer_data: ChargeTransferData,
  "checkout.session": CheckoutSession,
  checkout_acss_debit_mandate_options: CheckoutAcssDebitMandateOptions,
  checkout_acss_debit_payment_method_options:
    CheckoutAcssDebitPaymentMethodOptions,
  checkout_affirm_payment_method_options: CheckoutAffirmPaymentMethodOptions,
  checkout_afterpay_clearpay_payment_method_options:
    CheckoutAfterpayClearpayPaymentMethodOptions,
  checkout_alipay_payment_method_options: CheckoutAlipayPaymentMethodOptions,
  checkout_au_becs_debit_payment_method_options:
    CheckoutAuBecsDebitPaymentMethodOptions,
  checkout_bacs_debit_payment_method_options:
    CheckoutBacsDebitPaymentMethodOptions,
  checkout_bancontact_payment_method_options:
    CheckoutBancontactPaymentMethodOptions,
  checkout_boleto_payment_method_options: CheckoutBoletoPaymentMethodOptions,
  checkout_card_installments_options: CheckoutCardInstallmentsOptions,
  checkout_card_payment_method_options: CheckoutCardPaymentMethodOptions,
  checkout_cashapp_payment_method_options: CheckoutCashappPaymentMethodOptions,
  checkout_customer_balance_bank_transfer_payment_method_options:
    CheckoutCustomerBalanceBankTransferPaymentMethodOptions,
  checkout_customer_balance_payment_method_options:
    CheckoutCustomerBalancePaymentMethodOptions,
  checkout_eps_payment_method_options: CheckoutEpsPaymentMethodOptions,
  checkout_fpx_payment_method_options: CheckoutFpxPaymentMethodOptions,
  checkout_giropay_payment_method_options: CheckoutGiropayPaymentMethodOptions,
  checkout_grab_pay_payment_method_options: CheckoutGrabPayPaymentMethodOptions,
  checkout_ideal_payment_method_options: CheckoutIdealPaymentMethodOptions,
  checkout_klarna_payment_method_options: CheckoutKlarnaPaymentMethodOptions,
  checkout_konbini_payment_method_options: CheckoutKonbiniPaymentMethodOptions,
  checkout_link_payment_method_options: CheckoutLinkPaymentMethodOptions,
  checkout_oxxo_payment_method_options: CheckoutOxxoPaymentMethodOptions,
  checkout_p24_payment_method_options: CheckoutP24PaymentMethodOptions,
  checkout_paynow_payment_method_options: CheckoutPaynowPaymentMethodOptions,
  checkout_pix_payment_method_options: CheckoutPixPaymentMethodOptions,
  checkout_sepa_debit_payment_method_options:
    CheckoutSepaDebitPaymentMethodOptions,
  checkout_session_payment_method_options: CheckoutSessionPaymentMethodOptions,
  checkout_sofort_payment_method_options: CheckoutSofortPaymentMethodOptions,
  checkout_us_bank_account_payment_method_options:
    CheckoutUsBankAccountPaymentMethodOptions,
  connect_collection_transfer: ConnectCollectionTransfer,
  connect_embedded_account_session_create_components:
    ConnectEmbeddedAccountSessionCreateComponents,
  connect_embedded_base_config: ConnectEmbeddedBaseConfig,
  country_spec: CountrySpec,
  country_spec_verification_field_details: CountrySpecVerificationFieldDetails,
  country_spec_verification_fields: CountrySpecVerificationFields,
  coupon: Coupon,
  coupon_applies_to: CouponAppliesTo,
  coupon_currency_option: CouponCurrencyOption,
  credit_note: CreditNote,
  credit_note_line_item: CreditNoteLineItem,
  credit_note_tax_amount: CreditNoteTaxAmount,
  currency_option: CurrencyOption,
  custom_unit_amount: CustomUnitAmount,
  customer: Customer,
  customer_acceptance: CustomerAcceptance,
  customer_balance_customer_balance_settings:
    CustomerBalanceCustomerBalanceSettings,
  customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft:
    CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft,
  customer_balance_resource_cash_balance_transaction_resource_applied_to_payment_transaction:
    CustomerBalanceResourceCashBalanceTransactionResourceAppliedToPaymentTransaction,
  customer_balance_resource_cash_balance_transaction_resource_funded_transaction:
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction,
  customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer:
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer,
  customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer:
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer,
  customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_gb_bank_transfer:
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer,
  customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_jp_bank_transfer:
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer,
  customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_us_bank_transfer:
    CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer,
  customer_balance_resource_cash_balance_transaction_resource_refunded_from_payment_transaction:
    CustomerBalanceResourceCashBalanceTransactionResourceRefundedFromPaymentTransaction,
  customer_balance_resource_cash_balance_transaction_resource_unapplied_from_payment_transaction:
    CustomerBalanceResourceCashBalanceTransactionResourceUnappliedFromPaymentTransaction,
  customer_balance_transaction: CustomerBalanceTransaction,
  customer_cash_balance_transaction: CustomerCashBalanceTransaction,
  customer_tax: CustomerTax,
  customer_tax_location: CustomerTaxLocation,
  deleted_account: DeletedAccount,
  deleted_apple_pay_domain: DeletedApplePayDomain,
  deleted_application: DeletedApplication,
  deleted_bank_account: DeletedBankAccount,
  deleted_card: DeletedCard,
  deleted_coupon: DeletedCoupon,
  deleted_customer: DeletedCustomer,
  deleted_discount: DeletedDiscount,
  deleted_external_account: DeletedExternalAccount,
  deleted_invoice: DeletedInvoice,
  deleted_invoiceitem: DeletedInvoiceitem,
  deleted_payment_source: DeletedPaymentSource,
  deleted_person: DeletedPerson,
  deleted_plan: DeletedPlan,
  deleted_price: DeletedPrice,
  deleted_product: DeletedProduct,
  "deleted_radar.value_list": DeletedRadarValueList,
  "deleted_radar.value_list_item": DeletedRadarValueListItem,
  deleted_subscription_item: DeletedSubscriptionItem,
  deleted_tax_id: DeletedTaxId,
  "deleted_terminal.configuration": DeletedTerminalConfiguration,
  "deleted_terminal.location": DeletedTerminalLocation,
  "deleted_terminal.reader": DeletedTerminalReader,
  "deleted_test_helpers.test_clock": DeletedTestHelpersTestClock,
  deleted_webhook_endpoint: DeletedWebhookEndpoint,
  discount: Discount,
  discounts_resource_discount_amount: DiscountsResourceDiscountAmount,
  dispute: Dispute,
  dispute_evidence: DisputeEvidence,
  dispute_evidence_details: DisputeEvidenceDetails,
  dispute_payment_method_details: DisputePaymentMethodDetails,
  dispute_payment_method_details_card: DisputePaymentMethodDetailsCard,
  email_sent: EmailSent,
  ephemeral_key: EphemeralKey,
  error: Error,
  event: Event,
  exchange_rate: ExchangeRate,
  external_account: ExternalAccount,
  external_account_requirements: ExternalAccountRequirements,
  fee: Fee,
  fee_refund: FeeRefund,
  file: File,
  file_link: FileLink,
  "financial_connections.account": FinancialConnectionsAccount,
  "financial_connections.account_owner": FinancialConnectionsAccountOwner,
  "financial_connections.account_ownership":
    FinancialConnectionsAccountOwnership,
  "financial_connections.session": FinancialConnectionsSession,
  financial_reporting_finance_report_run_run_parameters:
    FinancialReportingFinanceReportRunRunParameters,
  funding_instructions: FundingInstructions,
  funding_instructions_bank_transfer: FundingInstructionsBankTransfer,
  funding_instructions_bank_transfer_financial_address:
    FundingInstructionsBankTransferFinancialAddress,
  funding_instructions_bank_transfer_iban_record:
    FundingInstructionsBankTransferIbanRecord,
  funding_instructions_bank_transfer_sort_code_record:
    FundingInstructionsBankTransferSortCodeRecord,
  funding_instructions_bank_transfer_spei_record:
    FundingInstructionsBankTransferSpeiRecord,
  funding_instructions_bank_transfer_zengin_record:
    FundingInstructionsBankTransferZenginRecord,
  gelato_data_document_report_date_of_birth:
    GelatoDataDocumentReportDateOfBirth,
  gelato_data_document_report_expiration_date:
    GelatoDataDocumentReportExpirationDate,
  gelato_data_document_report_issued_date: GelatoDataDocumentReportIssuedDate,
  gelato_data_id_number_report_date: GelatoDataIdNumberReportDate,
  gelato_data_verified_outputs_date: GelatoDataVerifiedOutputsDate,
  gelato_document_report: GelatoDocumentReport,
  gelato_document_report_error: GelatoDocumentReportError,
  gelato_id_number_report: GelatoIdNumberReport,
  gelato_id_number_report_error: GelatoIdNumberReportError,
  gelato_report_document_options: GelatoReportDocumentOptions,
  gelato_report_id_number_options: GelatoReportIdNumberOptions,
  gelato_selfie_report: GelatoSelfieReport,
  gelato_selfie_report_error: GelatoSelfieReportError,
  gelato_session_document_options: GelatoSessionDocumentOptions,
  gelato_session_id_number_options: GelatoSessionIdNumberOptions,
  gelato_session_last_error: GelatoSessionLastError,
  gelato_verification_report_options: GelatoVerificationReportOptions,
  gelato_verification_session_options: GelatoVerificationSessionOptions,
  gelato_verified_outputs: GelatoVerifiedOutputs,
  "identity.verification_report": IdentityVerificationReport,
  "identity.verification_session": IdentityVerificationSession,
  inbound_transfers: InboundTransfers,
  inbound_transfers_payment_method_details_us_bank_account:
    InboundTransfersPaymentMethodDetailsUsBankAccount,
  invoice: Invoice,
  invoice_installments_card: InvoiceInstallmentsCard,
  invoice_item_threshold_reason: InvoiceItemThresholdReason,
  invoice_line_item_period: InvoiceLineItemPeriod,
  invoice_mandate_options_card: InvoiceMandateOptionsCard,
  invoice_payment_method_options_acss_debit:
    InvoicePaymentMethodOptionsAcssDebit,
  invoice_payment_method_options_acss_debit_mandate_options:
    InvoicePaymentMethodOptionsAcssDebitMandateOptions,
  invoice_payment_method_options_bancontact:
    InvoicePaymentMethodOptionsBancontact,
  invoice_payment_method_options_card: InvoicePaymentMethodOptionsCard,
  invoice_payment_method_options_customer_balance:
    InvoicePaymentMethodOptionsCustomerBalance,
  invoice_payment_method_options_customer_balance_bank_transfer:
    InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
  invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer:
    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
  invoice_payment_method_options_konbini: InvoicePaymentMethodOptionsKonbini,
  invoice_payment_method_options_us_bank_account:
    InvoicePaymentMethodOptionsUsBankAccount,
  invoice_payment_method_options_us_bank_account_linked_account_options:
    InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions,
  invoice_setting_custom_field: InvoiceSettingCustomField,
  invoice_setting_customer_setting: InvoiceSettingCustomerSetting,
  invoice_setting_quote_setting: InvoiceSettingQuoteSetting,
  invoice_setting_rendering_options: InvoiceSettingRenderingOptions,
  invoice_setting_subscription_schedule_phase_setting:
    InvoiceSettingSubscriptionSchedulePhaseSetting,
  invoice_setting_subscription_schedule_setting:
    InvoiceSettingSubscriptionScheduleSetting,
  invoice_tax_amount: InvoiceTaxAmount,
  invoice_threshold_reason: InvoiceThresholdReason,
  invoice_transfer_data: InvoiceTransferData,
  invoiceitem: Invoiceitem,
  invoices_from_invoice: InvoicesFromInvoice,
  invoices_payment_method_options: InvoicesPaymentMethodOptions,
  invoices_payment_settings: InvoicesPaymentSettings,
  invoices_resource_invoice_tax_id: InvoicesResourceInvoiceTaxId,
  invoices_resource_line_items_credited_items:
    InvoicesResourceLineItemsCreditedItems,
  invoices_resource_line_items_proration_details:
    InvoicesResourceLineItemsProrationDetails,
  invoices_shipping_cost: InvoicesShippingCost,
  invoices_status_transitions: InvoicesStatusTransitions,
  "issuing.authorization": IssuingAuthorization,
  "issuing.card": IssuingCard,
  "issuing.cardholder": IssuingCardholder,
  "issuing.dispute": IssuingDispute,
  "issuing.settlement": IssuingSettlement,
  "issuing.transaction": IssuingTransaction,
  issuing_authorization_amount_details: IssuingAuthorizationAmountDetails,
  issuing_authorization_merchant_data: IssuingAuthorizationMerchantData,
  issuing_authorization_network_data: IssuingAuthorizationNetworkData,
  issuing_authorization_pending_request: IssuingAuthorizationPendingRequest,
  issuing_authorization_request: IssuingAuthorizationRequest,
  issuing_authorization_treasury: IssuingAuthorizationTreasury,
  issuing_authorization_verification_data: IssuingAuthorizationVerificationData,
  issuing_card_apple_pay: IssuingCardApplePay,
  issuing_card_authorization_controls: IssuingCardAuthorizationControls,
  issuing_card_google_pay: IssuingCardGooglePay,
  issuing_card_shipping: IssuingCardShipping,
  issuing_card_shipping_customs: IssuingCardShippingCustoms,
  issuing_card_spending_limit: IssuingCardSpendingLimit,
  issuing_card_wallets: IssuingCardWallets,
  issuing_cardholder_address: IssuingCardholderAddress,
  issuing_cardholder_authorization_controls:
    IssuingCardholderAuthorizationControls,
  issuing_cardholder_card_issuing: IssuingCardholderCardIssuing,
  issuing_cardholder_company: IssuingCardholderCompany,
  issuing_cardholder_id_document: IssuingCardholderIdDocument,
  issuing_cardholder_individual: IssuingCardholderIndividual,
  issuing_cardholder_individual_dob: IssuingCardholderIndividualDob,
  issuing_cardholder_requirements: IssuingCardholderRequirements,
  issuing_cardholder_spending_limit: IssuingCardholderSpendingLimit,
  issuing_cardholder_user_terms_acceptance:
    IssuingCardholderUserTermsAcceptance,
  issuing_cardholder_verification: IssuingCardholderVerification,
  issuing_dispute_canceled_evidence: IssuingDisputeCanceledEvidence,
  issuing_dispute_duplicate_evidence: IssuingDisputeDuplicateEvidence,
  issuing_dispute_evidence: IssuingDisputeEvidence,
  issuing_dispute_fraudulent_evidence: IssuingDisputeFraudulentEvidence,
  issuing_dispute_merchandise_not_as_described_evidence:
    IssuingDisputeMerchandiseNotAsDescribedEvidence,
  issuing_dispute_not_received_evidence: IssuingDisputeNotReceivedEvidence,
  issuing_dispute_other_evidence: IssuingDisputeOtherEvidence,
  issuing_dispute_service_not_as_described_evidence:
    IssuingDisputeServiceNotAsDescribedEvidence,
  issuing_dispute_treasury: IssuingDisputeTreasury,
  issuing_transaction_amount_details: IssuingTransactionAmountDetails,
  issuing_transaction_flight_data: IssuingTransactionFlightData,
  issuing_transaction_flight_data_leg: IssuingTransactionFlightDataLeg,
  issuing_transaction_fuel_data: IssuingTransactionFuelData,
  issuing_transaction_lodging_data: IssuingTransactionLodgingData,
  issuing_transaction_purchase_details: IssuingTransactionPurchaseDetails,
  issuing_transaction_receipt_data: IssuingTransactionReceiptData,
  issuing_transaction_treasury: IssuingTransactionTreasury,
  item: Item,
  legal_entity_company: LegalEntityCompany,
  legal_entity_company_verification: LegalEntityCompanyVerification,
  legal_entity_company_verification_document:
    LegalEntityCompanyVerificationDocument,
  legal_entity_dob: LegalEntityDob,
  legal_entity_japan_address: LegalEntityJapanAddress,
  legal_entity_person_verification: LegalEntityPersonVerification,
  legal_entity_person_verification_document:
    LegalEntityPersonVerificationDocument,
  legal_entity_ubo_declaration: LegalEntityUboDeclaration,
  line_item: LineItem,
  line_items_discount_amount: LineItemsDiscountAmount,
  line_items_tax_amount: LineItemsTaxAmount,
  linked_account_options_us_bank_account: LinkedAccountOptionsUsBankAccount,
  login_link: LoginLink,
  mandate: Mandate,
  mandate_acss_debit: MandateAcssDebit,
  mandate_au_becs_debit: MandateAuBecsDebit,
  mandate_bacs_debit: MandateBacsDebit,
  mandate_cashapp: MandateCashapp,
  mandate_link: MandateLink,
  mandate_multi_use: MandateMultiUse,
  mandate_payment_method_details: MandatePaymentMethodDetails,
  mandate_paypal: MandatePaypal,
  mandate_sepa_debit: MandateSepaDebit,
  mandate_single_use: MandateSingleUse,
  mandate_us_bank_account: MandateUsBankAccount,
  networks: Networks,
  notification_event_data: NotificationEventData,
  notification_event_request: NotificationEventRequest,
  offline_acceptance: OfflineAcceptance,
  online_acceptance: OnlineAcceptance,
  outbound_payments_payment_method_details:
    OutboundPaymentsPaymentMethodDetails,
  outbound_payments_payment_method_details_financial_account:
    OutboundPaymentsPaymentMethodDetailsFinancialAccount,
  outbound_payments_payment_method_details_us_bank_account:
    OutboundPaymentsPaymentMethodDetailsUsBankAccount,
  outbound_transfers_payment_method_details:
    OutboundTransfersPaymentMethodDetails,
  outbound_transfers_payment_method_details_us_bank_account:
    OutboundTransfersPaymentMethodDetailsUsBankAccount,
  package_dimensions: PackageDimensions,
  payment_flows_amount_details: PaymentFlowsAmountDetails,
  payment_flows_amount_details_resource_tip:
    PaymentFlowsAmountDetailsResourceTip,
  payment_flows_automatic_payment_methods_payment_intent:
    PaymentFlowsAutomaticPaymentMethodsPaymentIntent,
  payment_flows_automatic_payment_methods_setup_intent:
    PaymentFlowsAutomaticPaymentMethodsSetupIntent,
  payment_flows_installment_options: PaymentFlowsInstallmentOptions,
  payment_flows_private_payment_methods_alipay:
    PaymentFlowsPrivatePaymentMethodsAlipay,
  payment_flows_private_payment_methods_alipay_details:
    PaymentFlowsPrivatePaymentMethodsAlipayDetails,
  payment_flows_private_payment_methods_klarna_dob:
    PaymentFlowsPrivatePaymentMethodsKlarnaDob,
  payment_intent: PaymentIntent,
  payment_intent_card_processing: PaymentIntentCardProcessing,
  payment_intent_next_action: PaymentIntentNextAction,
  payment_intent_next_action_alipay_handle_redirect:
    PaymentIntentNextActionAlipayHandleRedirect,
  payment_intent_next_action_boleto: PaymentIntentNextActionBoleto,
  payment_intent_next_action_card_await_notification:
    PaymentIntentNextActionCardAwaitNotification,
  payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code:
    PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode,
  payment_intent_next_action_cashapp_qr_code:
    PaymentIntentNextActionCashappQrCode,
  payment_intent_next_action_display_bank_transfer_instructions:
    PaymentIntentNextActionDisplayBankTransferInstructions,
  payment_intent_next_action_display_oxxo_details:
    PaymentIntentNextActionDisplayOxxoDetails,
  payment_intent_next_action_konbini: PaymentIntentNextActionKonbini,
  payment_intent_next_action_konbini_familymart:
    PaymentIntentNextActionKonbiniFamilymart,
  payment_intent_next_action_konbini_lawson:
    PaymentIntentNextActionKonbiniLawson,
  payment_intent_next_action_konbini_ministop:
    PaymentIntentNextActionKonbiniMinistop,
  payment_intent_next_action_konbini_seicomart:
    PaymentIntentNextActionKonbiniSeicomart,
  payment_intent_next_action_konbini_stores:
    PaymentIntentNextActionKonbiniStores,
  payment_intent_next_action_paynow_display_qr_code:
    PaymentIntentNextActionPaynowDisplayQrCode,
  payment_intent_next_action_pix_display_qr_code:
    PaymentIntentNextActionPixDisplayQrCode,
  payment_intent_next_action_promptpay_display_qr_code:
    PaymentIntentNextActionPromptpayDisplayQrCode,
  payment_intent_next_action_redirect_to_url:
    PaymentIntentNextActionRedirectToUrl,
  payment_intent_next_action_verify_with_microdeposits:
    PaymentIntentNextActionVerifyWithMicrodeposits,
  payment_intent_next_action_wechat_pay_display_qr_code:
    PaymentIntentNextActionWechatPayDisplayQrCode,
  payment_intent_next_action_wechat_pay_redirect_to_android_app:
    PaymentIntentNextActionWechatPayRedirectToAndroidApp,
  payment_intent_next_action_wechat_pay_redirect_to_ios_app:
    PaymentIntentNextActionWechatPayRedirectToIosApp,
  payment_intent_payment_method_options: PaymentIntentPaymentMethodOptions,
  payment_intent_payment_method_options_acss_debit:
    PaymentIntentPaymentMethodOptionsAcssDebit,
  payment_intent_payment_method_options_au_becs_debit:
    PaymentIntentPaymentMethodOptionsAuBecsDebit,
  payment_intent_payment_method_options_blik:
    PaymentIntentPaymentMethodOptionsBlik,
  payment_intent_payment_method_options_card:
    PaymentIntentPaymentMethodOptionsCard,
  payment_intent_payment_method_options_eps:
    PaymentIntentPaymentMethodOptionsEps,
  payment_intent_payment_method_options_link:
    PaymentIntentPaymentMethodOptionsLink,
  payment_intent_payment_method_options_mandate_options_acss_debit:
    PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  payment_intent_payment_method_options_mandate_options_sepa_debit:
    PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit,
  payment_intent_payment_method_options_sepa_debit:
    PaymentIntentPaymentMethodOptionsSepaDebit,
  payment_intent_payment_method_options_us_bank_account:
    PaymentIntentPaymentMethodOptionsUsBankAccount,
  payment_intent_processing: PaymentIntentProcessing,
  payment_intent_processing_customer_notification:
    PaymentIntentProcessingCustomerNotification,
  payment_intent_type_specific_payment_method_options_client:
    PaymentIntentTypeSpecificPaymentMethodOptionsClient,
  payment_link: PaymentLink,
  payment_links_resource_after_completion: PaymentLinksResourceAfterCompletion,
  payment_links_resource_automatic_tax: PaymentLinksResourceAutomaticTax,
  payment_links_resource_completion_behavior_confirmation_page:
    PaymentLinksResourceCompletionBehaviorConfirmationPage,
  payment_links_resource_completion_behavior_redirect:
    PaymentLinksResourceCompletionBehaviorRedirect,
  payment_links_resource_consent_collection:
    PaymentLinksResourceConsentCollection,
  payment_links_resource_custom_fields: PaymentLinksResourceCustomFields,
  payment_links_resource_custom_fields_dropdown:
    PaymentLinksResourceCustomFieldsDropdown,
  payment_links_resource_custom_fields_dropdown_option:
    PaymentLinksResourceCustomFieldsDropdownOption,
  payment_links_resource_custom_fields_label:
    PaymentLinksResourceCustomFieldsLabel,
  payment_links_resource_custom_fields_numeric:
    PaymentLinksResourceCustomFieldsNumeric,
  payment_links_resource_custom_fields_text:
    PaymentLinksResourceCustomFieldsText,
  payment_links_resource_custom_text: PaymentLinksResourceCustomText,
  payment_links_resource_custom_text_position:
    PaymentLinksResourceCustomTextPosition,
  payment_links_resource_invoice_creation: PaymentLinksResourceInvoiceCreation,
  payment_links_resource_invoice_settings: PaymentLinksResourceInvoiceSettings,
  payment_links_resource_payment_intent_data:
    PaymentLinksResourcePaymentIntentData,
  payment_links_resource_phone_number_collection:
    PaymentLinksResourcePhoneNumberCollection,
  payment_links_resource_shipping_address_collection:
    PaymentLinksResourceShippingAddressCollection,
  payment_links_resource_shipping_option: PaymentLinksResourceShippingOption,
  payment_links_resource_subscription_data:
    PaymentLinksResourceSubscriptionData,
  payment_links_resource_tax_id_collection: PaymentLinksResourceTaxIdCollection,
  payment_links_resource_transfer_data: PaymentLinksResourceTransferData,
  payment_method: PaymentMethod,
  payment_method_acss_debit: PaymentMethodAcssDebit,
  payment_method_affirm: PaymentMethodAffirm,
  payment_method_afterpay_clearpay: PaymentMethodAfterpayClearpay,
  payment_method_au_becs_debit: PaymentMethodAuBecsDebit,
  payment_method_bacs_debit: PaymentMethodBacsDebit,
  payment_method_bancontact: PaymentMethodBancontact,
  payment_method_blik: PaymentMethodBlik,
  payment_method_boleto: PaymentMethodBoleto,
  payment_method_card: PaymentMethodCard,
  payment_method_card_checks: PaymentMethodCardChecks,
  payment_method_card_generated_card: PaymentMethodCardGeneratedCard,
  payment_method_card_present: PaymentMethodCardPresent,
  payment_method_card_present_networks: PaymentMethodCardPresentNetworks,
  payment_method_card_wallet: PaymentMethodCardWallet,
  payment_method_card_wallet_amex_express_checkout:
    PaymentMethodCardWalletAmexExpressCheckout,
  payment_method_card_wallet_apple_pay: PaymentMethodCardWalletApplePay,
  payment_method_card_wallet_google_pay: PaymentMethodCardWalletGooglePay,
  payment_method_card_wallet_link: PaymentMethodCardWalletLink,
  payment_method_card_wallet_masterpass: PaymentMethodCardWalletMasterpass,
  payment_method_card_wallet_samsung_pay: PaymentMethodCardWalletSamsungPay,
  payment_method_card_wallet_visa_checkout: PaymentMethodCardWalletVisaCheckout,
  payment_method_cashapp: PaymentMethodCashapp,
  payment_method_customer_balance: PaymentMethodCustomerBalance,
  payment_method_details: PaymentMethodDetails,
  payment_method_details_ach_credit_transfer:
    PaymentMethodDetailsAchCreditTransfer,
  payment_method_details_ach_debit: PaymentMethodDetailsAchDebit,
  payment_method_details_acss_debit: PaymentMethodDetailsAcssDebit,
  payment_method_details_affirm: PaymentMethodDetailsAffirm,
  payment_method_details_afterpay_clearpay:
    PaymentMethodDetailsAfterpayClearpay,
  payment_method_details_au_becs_debit: PaymentMethodDetailsAuBecsDebit,
  payment_method_details_bacs_debit: PaymentMethodDetailsBacsDebit,
  payment_method_details_bancontact: PaymentMethodDetailsBancontact,
  payment_method_details_blik: PaymentMethodDetailsBlik,
  payment_method_details_boleto: PaymentMethodDetailsBoleto,
  payment_method_details_card: PaymentMethodDetailsCard,
  payment_method_details_card_checks: PaymentMethodDetailsCardChecks,
  payment_method_details_card_installments:
    PaymentMethodDetailsCardInstallments,
  payment_method_details_card_installments_plan:
    PaymentMethodDetailsCardInstallmentsPlan,
  payment_method_details_card_network_token:
    PaymentMethodDetailsCardNetworkToken,
  payment_method_details_card_present: PaymentMethodDetailsCardPresent,
  payment_method_details_card_present_receipt:
    PaymentMethodDetailsCardPresentReceipt,
  payment_method_details_card_wallet: PaymentMethodDetailsCardWallet,
  payment_method_details_card_wallet_amex_express_checkout:
    PaymentMethodDetailsCardWalletAmexExpressCheckout,
  payment_method_details_card_wallet_apple_pay:
    PaymentMethodDetailsCardWalletApplePay,
  payment_method_details_card_wallet_google_pay:
    PaymentMethodDetailsCardWalletGooglePay,
  payment_method_details_card_wallet_link: PaymentMethodDetailsCardWalletLink,
  payment_method_details_card_wallet_masterpass:
    PaymentMethodDetailsCardWalletMasterpass,
  payment_method_details_card_wallet_samsung_pay:
    PaymentMethodDetailsCardWalletSamsungPay,
  payment_method_details_card_wallet_visa_checkout:
    PaymentMethodDetailsCardWalletVisaCheckout,
  payment_method_details_cashapp: PaymentMethodDetailsCashapp,
  payment_method_details_customer_balance: PaymentMethodDetailsCustomerBalance,
  payment_method_details_eps: PaymentMethodDetailsEps,
  payment_method_details_fpx: PaymentMethodDetailsFpx,
  payment_method_details_giropay: PaymentMethodDetailsGiropay,
  payment_method_details_grabpay: PaymentMethodDetailsGrabpay,
  payment_method_details_ideal: PaymentMethodDetailsIdeal,
  payment_method_details_interac_present: PaymentMethodDetailsInteracPresent,
  payment_method_details_interac_present_receipt:
    PaymentMethodDetailsInteracPresentReceipt,
  payment_method_details_klarna: PaymentMethodDetailsKlarna,
  payment_method_details_konbini: PaymentMethodDetailsKonbini,
  payment_method_details_konbini_store: PaymentMethodDetailsKonbiniStore,
  payment_method_details_link: PaymentMethodDetailsLink,
  payment_method_details_multibanco: PaymentMethodDetailsMultibanco,
  payment_method_details_oxxo: PaymentMethodDetailsOxxo,
  payment_method_details_p24: PaymentMethodDetailsP24,
  payment_method_details_paynow: PaymentMethodDetailsPaynow,
  payment_method_details_paypal: PaymentMethodDetailsPaypal,
  payment_method_details_pix: PaymentMethodDetailsPix,
  payment_method_details_promptpay: PaymentMethodDetailsPromptpay,
  payment_method_details_sepa_debit: PaymentMethodDetailsSepaDebit,
  payment_method_details_sofort: PaymentMethodDetailsSofort,
  payment_method_details_stripe_account: PaymentMethodDetailsStripeAccount,
  payment_method_details_us_bank_account: PaymentMethodDetailsUsBankAccount,
  payment_method_details_wechat: PaymentMethodDetailsWechat,
  payment_method_details_wechat_pay: PaymentMethodDetailsWechatPay,
  payment_method_details_zip: PaymentMethodDetailsZip,
  payment_method_domain: PaymentMethodDomain,
  payment_method_domain_resource_payment_method_status:
    PaymentMethodDomainResourcePaymentMethodStatus,
  payment_method_domain_resource_payment_method_status_details:
    PaymentMethodDomainResourcePaymentMethodStatusDetails,
  payment_method_eps: PaymentMethodEps,
  payment_method_fpx: PaymentMethodFpx,
  payment_method_giropay: PaymentMethodGiropay,
  payment_method_grabpay: PaymentMethodGrabpay,
  payment_method_ideal: PaymentMethodIdeal,
  payment_method_interac_present: PaymentMethodInteracPresent,
  payment_method_klarna: PaymentMethodKlarna,
  payment_method_konbini: PaymentMethodKonbini,
  payment_method_link: PaymentMethodLink,
  payment_method_options_affirm: PaymentMethodOptionsAffirm,
  payment_method_options_afterpay_clearpay:
    PaymentMethodOptionsAfterpayClearpay,
  payment_method_options_alipay: PaymentMethodOptionsAlipay,
  payment_method_options_bacs_debit: PaymentMethodOptionsBacsDebit,
  payment_method_options_bancontact: PaymentMethodOptionsBancontact,
  payment_method_options_boleto: PaymentMethodOptionsBoleto,
  payment_method_options_card_installments:
    PaymentMethodOptionsCardInstallments,
  payment_method_options_card_mandate_options:
    PaymentMethodOptionsCardMandateOptions,
  payment_method_options_card_present: PaymentMethodOptionsCardPresent,
  payment_method_options_cashapp: PaymentMethodOptionsCashapp,
  payment_method_options_customer_balance: PaymentMethodOptionsCustomerBalance,
  payment_method_options_customer_balance_bank_transfer:
    PaymentMethodOptionsCustomerBalanceBankTransfer,
  payment_method_options_customer_balance_eu_bank_account:
    PaymentMethodOptionsCustomerBalanceEuBankAccount,
  payment_method_options_fpx: PaymentMethodOptionsFpx,
  payment_method_options_giropay: PaymentMethodOptionsGiropay,
  payment_method_options_grabpay: PaymentMethodOptionsGrabpay,
  payment_method_options_ideal: PaymentMethodOptionsIdeal,
  payment_method_options_interac_present: PaymentMethodOptionsInteracPresent,
  payment_method_options_klarna: PaymentMethodOptionsKlarna,
  payment_method_options_konbini: PaymentMethodOptionsKonbini,
  payment_method_options_oxxo: PaymentMethodOptionsOxxo,
  payment_method_options_p24: PaymentMethodOptionsP24,
  payment_method_options_paynow: PaymentMethodOptionsPaynow,
  payment_method_options_paypal: PaymentMethodOptionsPaypal,
  payment_method_options_pix: PaymentMethodOptionsPix,
  payment_method_options_promptpay: PaymentMethodOptionsPromptpay,
  payment_method_options_sofort: PaymentMethodOptionsSofort,
  payment_method_options_wechat_pay: PaymentMethodOptionsWechatPay,
  payment_method_options_zip: PaymentMethodOptionsZip,
  payment_method_oxxo: PaymentMethodOxxo,
  payment_method_p24: PaymentMethodP24,
  payment_method_paynow: PaymentMethodPaynow,
  payment_method_paypal: PaymentMethodPaypal,
  payment_method_pix: PaymentMethodPix,
  payment_method_promptpay: PaymentMethodPromptpay,
  payment_method_sepa_debit: PaymentMethodSepaDebit,
  payment_method_sofort: PaymentMethodSofort,
  payment_method_us_bank_account: PaymentMethodUsBankAccount,
  payment_method_us_bank_account_blocked: PaymentMethodUsBankAccountBlocked,
  payment_method_us_bank_account_status_details:
    PaymentMethodUsBankAccountStatusDetails,
  payment_method_wechat_pay: PaymentMethodWechatPay,
  payment_method_zip: PaymentMethodZip,
  payment_pages_checkout_session_after_expiration:
    PaymentPagesCheckoutSessionAfterExpiration,
  payment_pages_checkout_session_after_expiration_recovery:
    PaymentPagesCheckoutSessionAfterExpirationRecovery,
  payment_pages_checkout_session_automatic_tax:
    PaymentPagesCheckoutSessionAutomaticTax,
  payment_pages_checkout_session_consent: PaymentPagesCheckoutSessionConsent,
  payment_pages_checkout_session_consent_collection:
    PaymentPagesCheckoutSessionConsentCollection,
  payment_pages_checkout_session_currency_conversion:
    PaymentPagesCheckoutSessionCurrencyConversion,
  payment_pages_checkout_session_custom_fields:
    PaymentPagesCheckoutSessionCustomFields,
  payment_pages_checkout_session_custom_fields_dropdown:
    PaymentPagesCheckoutSessionCustomFieldsDropdown,
  payment_pages_checkout_session_custom_fields_label:
    PaymentPagesCheckoutSessionCustomFieldsLabel,
  payment_pages_checkout_session_custom_fields_numeric:
    PaymentPagesCheckoutSessionCustomFieldsNumeric,
  payment_pages_checkout_session_custom_fields_option:
    PaymentPagesCheckoutSessionCustomFieldsOption,
  payment_pages_checkout_session_custom_fields_text:
    PaymentPagesCheckoutSessionCustomFieldsText,
  payment_pages_checkout_session_custom_text:
    PaymentPagesCheckoutSessionCustomText,
  payment_pages_checkout_session_custom_text_position:
    PaymentPagesCheckoutSessionCustomTextPosition,
  payment_pages_checkout_session_customer_details:
    PaymentPagesCheckoutSessionCustomerDetails,
  payment_pages_checkout_session_invoice_creation:
    PaymentPagesCheckoutSessionInvoiceCreation,
  payment_pages_checkout_session_invoice_settings:
    PaymentPagesCheckoutSessionInvoiceSettings,
  payment_pages_checkout_session_phone_number_collection:
    PaymentPagesCheckoutSessionPhoneNumberCollection,
  payment_pages_checkout_session_shipping_address_collection:
    PaymentPagesCheckoutSessionShippingAddressCollection,
  payment_pages_checkout_session_shipping_cost:
    PaymentPagesCheckoutSessionShippingCost,
  payment_pages_checkout_session_shipping_option:
    PaymentPagesCheckoutSessionShippingOption,
  payment_pages_checkout_session_tax_id: PaymentPagesCheckoutSessionTaxId,
  payment_pages_checkout_session_tax_id_collection:
    PaymentPagesCheckoutSessionTaxIdCollection,
  payment_pages_checkout_session_total_details:
    PaymentPagesCheckoutSessionTotalDetails,
  payment_pages_checkout_session_total_details_resource_breakdown:
    PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown,
  payment_source: PaymentSource,
  payout: Payout,
  paypal_seller_protection: PaypalSellerProtection,
  period: Period,
  person: Person,
  person_future_requirements: PersonFutureRequirements,
  person_relationship: PersonRelationship,
  person_requirements: PersonRequirements,
  plan: Plan,
  plan_tier: PlanTier,
  platform_tax_fee: PlatformTaxFee,
  portal_business_profile: PortalBusinessProfile,
  portal_customer_update: PortalCustomerUpdate,
  portal_features: PortalFeatures,
  portal_flows_after_completion_hosted_confirmation:
    PortalFlowsAfterCompletionHostedConfirmation,
  portal_flows_after_completion_redirect: PortalFlowsAfterCompletionRedirect,
  portal_flows_coupon_offer: PortalFlowsCouponOffer,
  portal_flows_flow: PortalFlowsFlow,
  portal_flows_flow_after_completion: PortalFlowsFlowAfterCompletion,
  portal_flows_flow_subscription_cancel: PortalFlowsFlowSubscriptionCancel,
  portal_flows_flow_subscription_update: PortalFlowsFlowSubscriptionUpdate,
  portal_flows_flow_subscription_update_confirm:
    PortalFlowsFlowSubscriptionUpdateConfirm,
  portal_flows_retention: PortalFlowsRetention,
  portal_flows_subscription_update_confirm_discount:
    PortalFlowsSubscriptionUpdateConfirmDiscount,
  portal_flows_subscription_update_confirm_item:
    PortalFlowsSubscriptionUpdateConfirmItem,
  portal_invoice_list: PortalInvoiceList,
  portal_login_page: PortalLoginPage,
  portal_payment_method_update: PortalPaymentMethodUpdate,
  portal_subscription_cancel: PortalSubscriptionCancel,
  portal_subscription_cancellation_reason: PortalSubscriptionCancellationReason,
  portal_subscription_pause: PortalSubscriptionPause,
  portal_subscription_update: PortalSubscriptionUpdate,
  portal_subscription_update_product: PortalSubscriptionUpdateProduct,
  price: Price,
  price_tier: PriceTier,
  product: Product,
  product_feature: ProductFeature,
  promotion_code: PromotionCode,
  promotion_code_currency_option: PromotionCodeCurrencyOption,
  promotion_codes_resource_restrictions: PromotionCodesResourceRestrictions,
  quote: Quote,
  quotes_resource_automatic_tax: QuotesResourceAutomaticTax,
  quotes_resource_computed: QuotesResourceComputed,
  quotes_resource_from_quote: QuotesResourceFromQuote,
  quotes_resource_recurring: QuotesResourceRecurring,
  quotes_resource_status_transitions: QuotesResourceStatusTransitions,
  quotes_resource_subscription_data_subscription_data:
    QuotesResourceSubscriptionDataSubscriptionData,
  quotes_resource_total_details: QuotesResourceTotalDetails,
  quotes_resource_total_details_resource_breakdown:
    QuotesResourceTotalDetailsResourceBreakdown,
  quotes_resource_transfer_data: QuotesResourceTransferData,
  quotes_resource_upfront: QuotesResourceUpfront,
  "radar.early_fraud_warning": RadarEarlyFraudWarning,
  "radar.value_list": RadarValueList,
  "radar.value_list_item": RadarValueListItem,
  radar_radar_options: RadarRadarOptions,
  radar_review_resource_location: RadarReviewResourceLocation,
  radar_review_resource_session: RadarReviewResourceSession,
  received_payment_method_details_financial_account:
    ReceivedPaymentMethodDetailsFinancialAccount,
  recurring: Recurring,
  refund: Refund,
  refund_next_action: RefundNextAction,
  refund_next_action_display_details: RefundNextActionDisplayDetails,
  "reporting.report_run": ReportingReportRun,
  "reporting.report_type": ReportingReportType,
  reserve_transaction: ReserveTransaction,
  review: Review,
  rule: Rule,
  scheduled_query_run: ScheduledQueryRun,
  schedules_phase_automatic_tax: SchedulesPhaseAutomaticTax,
  secret_service_resource_scope: SecretServiceResourceScope,
  sepa_debit_generated_from: SepaDebitGeneratedFrom,
  setup_attempt: SetupAttempt,
  setup_attempt_payment_method_details: SetupAttemptPaymentMethodDetails,
  setup_attempt_payment_method_details_acss_debit:
    SetupAttemptPaymentMethodDetailsAcssDebit,
  setup_attempt_payment_method_details_au_becs_debit:
    SetupAttemptPaymentMethodDetailsAuBecsDebit,
  setup_attempt_payment_method_details_bacs_debit:
    SetupAttemptPaymentMethodDetailsBacsDebit,
  setup_attempt_payment_method_details_bancontact:
    SetupAttemptPaymentMethodDetailsBancontact,
  setup_attempt_payment_method_details_boleto:
    SetupAttemptPaymentMethodDetailsBoleto,
  setup_attempt_payment_method_details_card:
    SetupAttemptPaymentMethodDetailsCard,
  setup_attempt_payment_method_details_card_present:
    SetupAttemptPaymentMethodDetailsCardPresent,
  setup_attempt_payment_method_details_card_wallet:
    SetupAttemptPaymentMethodDetailsCardWallet,
  setup_attempt_payment_method_details_cashapp:
    SetupAttemptPaymentMethodDetailsCashapp,
  setup_attempt_payment_method_details_ideal:
    SetupAttemptPaymentMethodDetailsIdeal,
  setup_attempt_payment_method_details_klarna:
    SetupAttemptPaymentMethodDetailsKlarna,
  setup_attempt_payment_method_details_link:
    SetupAttemptPaymentMethodDetailsLink,
  setup_attempt_payment_method_details_paypal:
    SetupAttemptPaymentMethodDetailsPaypal,
  setup_attempt_payment_method_details_sepa_debit:
    SetupAttemptPaymentMethodDetailsSepaDebit,
  setup_attempt_payment_method_details_sofort:
    SetupAttemptPaymentMethodDetailsSofort,
  setup_attempt_payment_method_details_us_bank_account:
    SetupAttemptPaymentMethodDetailsUsBankAccount,
  setup_intent: SetupIntent,
  setup_intent_next_action: SetupIntentNextAction,
  setup_intent_next_action_redirect_to_url: SetupIntentNextActionRedirectToUrl,
  setup_intent_next_action_verify_with_microdeposits:
    SetupIntentNextActionVerifyWithMicrodeposits,
  setup_intent_payment_method_options: SetupIntentPaymentMethodOptions,
  setup_intent_payment_method_options_acss_debit:
    SetupIntentPaymentMethodOptionsAcssDebit,
  setup_intent_payment_method_options_card: SetupIntentPaymentMethodOptionsCard,
  setup_intent_payment_method_options_card_mandate_options:
    SetupIntentPaymentMethodOptionsCardMandateOptions,
  setup_intent_payment_method_options_link: SetupIntentPaymentMethodOptionsLink,
  setup_intent_payment_method_options_mandate_options_acss_debit:
    SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit,
  setup_intent_payment_method_options_mandate_options_sepa_debit:
    SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit,
  setup_intent_payment_method_options_paypal:
    SetupIntentPaymentMethodOptionsPaypal,
  setup_intent_payment_method_options_sepa_debit:
    SetupIntentPaymentMethodOptionsSepaDebit,
  setup_intent_payment_method_options_us_bank_account:
    SetupIntentPaymentMethodOptionsUsBankAccount,
  setup_intent_type_specific_payment_method_options_client:
    SetupIntentTypeSpecificPaymentMethodOptionsClient,
  shipping: Shipping,
  shipping_rate: ShippingRate,
  shipping_rate_currency_option: ShippingRateCurrencyOption,
  shipping_rate_delivery_estimate: ShippingRateDeliveryEstimate,
  shipping_rate_delivery_estimate_bound: ShippingRateDeliveryEstimateBound,
  shipping_rate_fixed_amount: ShippingRateFixedAmount,
  sigma_scheduled_query_run_error: SigmaScheduledQueryRunError,
  source: Source,
  source_code_verification_flow: SourceCodeVerificationFlow,
  source_mandate_notification: SourceMandateNotification,
  source_mandate_notification_acss_debit_data:
    SourceMandateNotificationAcssDebitData,
  source_mandate_notification_bacs_debit_data:
    SourceMandateNotificationBacsDebitData,
  source_mandate_notification_sepa_debit_data:
    SourceMandateNotificationSepaDebitData,
  source_order: SourceOrder,
  source_order_item: SourceOrderItem,
  source_owner: SourceOwner,
  source_receiver_flow: SourceReceiverFlow,
  source_redirect_flow: SourceRedirectFlow,
  source_transaction: SourceTransaction,
  source_transaction_ach_credit_transfer_data:
    SourceTransactionAchCreditTransferData,
  source_transaction_chf_credit_transfer_data:
    SourceTransactionChfCreditTransferData,
  source_transaction_gbp_credit_transfer_data:
    SourceTransactionGbpCreditTransferData,
  source_transaction_paper_check_data: SourceTransactionPaperCheckData,
  source_transaction_sepa_credit_transfer_data:
    SourceTransactionSepaCreditTransferData,
  source_type_ach_credit_transfer: SourceTypeAchCreditTransfer,
  source_type_ach_debit: SourceTypeAchDebit,
  source_type_acss_debit: SourceTypeAcssDebit,
  source_type_alipay: SourceTypeAlipay,
  source_type_au_becs_debit: SourceTypeAuBecsDebit,
  source_type_bancontact: SourceTypeBancontact,
  source_type_card: SourceTypeCard,
  source_type_card_present: SourceTypeCardPresent,
  source_type_eps: SourceTypeEps,
  source_type_giropay: SourceTypeGiropay,
  source_type_ideal: SourceTypeIdeal,
  source_type_klarna: SourceTypeKlarna,
  source_type_multibanco: SourceTypeMultibanco,
  source_type_p24: SourceTypeP24,
  source_type_sepa_debit: SourceTypeSepaDebit,
  source_type_sofort: SourceTypeSofort,
  source_type_three_d_secure: SourceTypeThreeDSecure,
  source_type_wechat: SourceTypeWechat,
  subscription: Subscription,
  subscription_automatic_tax: SubscriptionAutomaticTax,
  subscription_billing_thresholds: SubscriptionBillingThresholds,
  subscription_details_data: SubscriptionDetailsData,
  subscription_item: SubscriptionItem,
  subscription_item_billing_thresholds: SubscriptionItemBillingThresholds,
  subscription_payment_method_options_card:
    SubscriptionPaymentMethodOptionsCard,
  subscription_pending_invoice_item_interval:
    SubscriptionPendingInvoiceItemInterval,
  subscription_schedule: SubscriptionSchedule,
  subscription_schedule_add_invoice_item: SubscriptionScheduleAddInvoiceItem,
  subscription_schedule_configuration_item:
    SubscriptionScheduleConfigurationItem,
  subscription_schedule_current_phase: SubscriptionScheduleCurrentPhase,
  subscription_schedule_phase_configuration:
    SubscriptionSchedulePhaseConfiguration,
  subscription_schedules_resource_default_settings:
    SubscriptionSchedulesResourceDefaultSettings,
  subscription_schedules_resource_default_settings_automatic_tax:
    SubscriptionSchedulesResourceDefaultSettingsAutomaticTax,
  subscription_transfer_data: SubscriptionTransferData,
  subscriptions_resource_pause_collection: SubscriptionsResourcePauseCollection,
  subscriptions_resource_payment_method_options:
    SubscriptionsResourcePaymentMethodOptions,
  subscriptions_resource_payment_settings: SubscriptionsResourcePaymentSettings,
  subscriptions_resource_pending_update: SubscriptionsResourcePendingUpdate,
  subscriptions_trials_resource_end_behavior:
    SubscriptionsTrialsResourceEndBehavior,
  subscriptions_trials_resource_trial_settings:
    SubscriptionsTrialsResourceTrialSettings,
  "tax.calculation": TaxCalculation,
  "tax.calculation_line_item": TaxCalculationLineItem,
  "tax.settings": TaxSettings,
  "tax.transaction": TaxTransaction,
  "tax.transaction_line_item": TaxTransactionLineItem,
  tax_code: TaxCode,
  tax_deducted_at_source: TaxDeductedAtSource,
  tax_id: TaxId,
  tax_id_verification: TaxIdVerification,
  tax_product_resource_customer_details: TaxProductResourceCustomerDetails,
  tax_product_resource_customer_details_resource_tax_id:
    TaxProductResourceCustomerDetailsResourceTaxId,
  tax_product_resource_jurisdiction: TaxProductResourceJurisdiction,
  tax_product_resource_line_item_tax_breakdown:
    TaxProductResourceLineItemTaxBreakdown,
  tax_product_resource_line_item_tax_rate_details:
    TaxProductResourceLineItemTaxRateDetails,
  tax_product_resource_postal_address: TaxProductResourcePostalAddress,
  tax_product_resource_tax_breakdown: TaxProductResourceTaxBreakdown,
  tax_product_resource_tax_calculation_shipping_cost:
    TaxProductResourceTaxCalculationShippingCost,
  tax_product_resource_tax_rate_details: TaxProductResourceTaxRateDetails,
  tax_product_resource_tax_settings_defaults:
    TaxProductResourceTaxSettingsDefaults,
  tax_product_resource_tax_settings_head_office:
    TaxProductResourceTaxSettingsHeadOffice,
  tax_product_resource_tax_settings_status_details:
    TaxProductResourceTaxSettingsStatusDetails,
  tax_product_resource_tax_settings_status_details_resource_active:
    TaxProductResourceTaxSettingsStatusDetailsResourceActive,
  tax_product_resource_tax_settings_status_details_resource_pending:
    TaxProductResourceTaxSettingsStatusDetailsResourcePending,
  tax_product_resource_tax_transaction_line_item_resource_reversal:
    TaxProductResourceTaxTransactionLineItemResourceReversal,
  tax_product_resource_tax_transaction_resource_reversal:
    TaxProductResourceTaxTransactionResourceReversal,
  tax_product_resource_tax_transaction_shipping_cost:
    TaxProductResourceTaxTransactionShippingCost,
  tax_rate: TaxRate,
  "terminal.configuration": TerminalConfiguration,
  "terminal.connection_token": TerminalConnectionToken,
  "terminal.location": TerminalLocation,
  "terminal.reader": TerminalReader,
  terminal_configuration_configuration_resource_currency_specific_config:
    TerminalConfigurationConfigurationResourceCurrencySpecificConfig,
  terminal_configuration_configuration_resource_device_type_specific_config:
    TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
  terminal_configuration_configuration_resource_tipping:
    TerminalConfigurationConfigurationResourceTipping,
  terminal_reader_reader_resource_cart: TerminalReaderReaderResourceCart,
  terminal_reader_reader_resource_line_item:
    TerminalReaderReaderResourceLineItem,
  terminal_reader_reader_resource_process_config:
    TerminalReaderReaderResourceProcessConfig,
  terminal_reader_reader_resource_process_payment_intent_action:
    TerminalReaderReaderResourceProcessPaymentIntentAction,
  terminal_reader_reader_resource_process_setup_config:
    TerminalReaderReaderResourceProcessSetupConfig,
  terminal_reader_reader_resource_process_setup_intent_action:
    TerminalReaderReaderResourceProcessSetupIntentAction,
  terminal_reader_reader_resource_reader_action:
    TerminalReaderReaderResourceReaderAction,
  terminal_reader_reader_resource_refund_payment_action:
    TerminalReaderReaderResourceRefundPaymentAction,
  terminal_reader_reader_resource_set_reader_display_action:
    TerminalReaderReaderResourceSetReaderDisplayAction,
  terminal_reader_reader_resource_tipping_config:
    TerminalReaderReaderResourceTippingConfig,
  "test_helpers.test_clock": TestHelpersTestClock,
  three_d_secure_details: ThreeDSecureDetails,
  three_d_secure_details_charge: ThreeDSecureDetailsCharge,
  three_d_secure_usage: ThreeDSecureUsage,
  token: Token,
  topup: Topup,
  transfer: Transfer,
  transfer_data: TransferData,
  transfer_reversal: TransferReversal,
  transfer_schedule: TransferSchedule,
  transform_quantity: TransformQuantity,
  transform_usage: TransformUsage,
  "treasury.credit_reversal": TreasuryCreditReversal,
  "treasury.debit_reversal": TreasuryDebitReversal,
  "treasury.financial_account": TreasuryFinancialAccount,
  "treasury.financial_account_features": TreasuryFinancialAccountFeatures,
  "treasury.inbound_transfer": TreasuryInboundTransfer,
  "treasury.outbound_payment": TreasuryOutboundPayment,
  "treasury.outbound_transfer": TreasuryOutboundTransfer,
  "treasury.received_credit": TreasuryReceivedCredit,
  "treasury.received_debit": TreasuryReceivedDebit,
  "treasury.transaction": TreasuryTransaction,
  "treasury.transaction_entry": TreasuryTransactionEntry,
  treasury_financial_accounts_resource_aba_record:
    TreasuryFinancialAccountsResourceAbaRecord,
  treasury_financial_accounts_resource_aba_toggle_settings:
    TreasuryFinancialAccountsResourceAbaToggleSettings,
  treasury_financial_accounts_resource_ach_toggle_settings:
    TreasuryFinancialAccountsResourceAchToggleSettings,
  treasury_financial_accounts_resource_balance:
    TreasuryFinancialAccountsResourceBalance,
  treasury_financial_accounts_resource_closed_status_details:
    TreasuryFinancialAccountsResourceClosedStatusDetails,
  treasury_financial_accounts_resource_financial_address:
    TreasuryFinancialAccountsResourceFinancialAddress,
  treasury_financial_accounts_resource_financial_addresses_features:
    TreasuryFinancialAccountsResourceFinancialAddressesFeatures,
  treasury_financial_accounts_resource_inbound_transfers:
    TreasuryFinancialAccountsResourceInboundTransfers,
  treasury_financial_accounts_resource_outbound_payments:
    TreasuryFinancialAccountsResourceOutboundPayments,
  treasury_financial_accounts_resource_outbound_transfers:
    TreasuryFinancialAccountsResourceOutboundTransfers,
  treasury_financial_accounts_resource_platform_restrictions:
    TreasuryFinancialAccountsResourcePlatformRestrictions,
  treasury_financial_accounts_resource_status_details:
    TreasuryFinancialAccountsResourceStatusDetails,
  treasury_financial_accounts_resource_toggle_settings:
    TreasuryFinancialAccountsResourceToggleSettings,
  treasury_financial_accounts_resource_toggles_setting_status_details:
    TreasuryFinancialAccountsResourceTogglesSettingStatusDetails,
  treasury_inbound_transfers_resource_failure_details:
    TreasuryInboundTransfersResourceFailureDetails,
  treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows:
    TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows,
  treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions:
    TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions,
  treasury_outbound_payments_resource_outbound_payment_resource_end_user_details:
    TreasuryOutboundPaymentsResourceOutboundPaymentResourceEndUserDetails,
  treasury_outbound_payments_resource_outbound_payment_resource_status_transitions:
    TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions,
  treasury_outbound_payments_resource_returned_status:
    TreasuryOutboundPaymentsResourceReturnedStatus,
  treasury_outbound_transfers_resource_returned_details:
    TreasuryOutboundTransfersResourceReturnedDetails,
  treasury_outbound_transfers_resource_status_transitions:
    TreasuryOutboundTransfersResourceStatusTransitions,
  treasury_received_credits_resource_linked_flows:
    TreasuryReceivedCreditsResourceLinkedFlows,
  treasury_received_credits_resource_reversal_details:
    TreasuryReceivedCreditsResourceReversalDetails,
  treasury_received_credits_resource_source_flows_details:
    TreasuryReceivedCreditsResourceSourceFlowsDetails,
  treasury_received_credits_resource_status_transitions:
    TreasuryReceivedCreditsResourceStatusTransitions,
  treasury_received_debits_resource_debit_reversal_linked_flows:
    TreasuryReceivedDebitsResourceDebitReversalLinkedFlows,
  treasury_received_debits_resource_linked_flows:
    TreasuryReceivedDebitsResourceLinkedFlows,
  treasury_received_debits_resource_reversal_details:
    TreasuryReceivedDebitsResourceReversalDetails,
  treasury_received_debits_resource_status_transitions:
    TreasuryReceivedDebitsResourceStatusTransitions,
  treasury_shared_resource_billing_details:
    TreasurySharedResourceBillingDetails,
  treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details:
    TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails,
  treasury_shared_resource_initiating_payment_method_details_us_bank_account:
    TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount,
  treasury_transactions_resource_abstract_transaction_resource_status_transitions:
    TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions,
  treasury_transactions_resource_balance_impact:
    TreasuryTransactionsResourceBalanceImpact,
  treasury_transactions_resource_flow_details:
    TreasuryTransactionsResourceFlowDetails,
  us_bank_account_networks: UsBankAccountNetworks,
  usage_record: UsageRecord,
  usage_record_summary: UsageRecordSummary,
  verification_session_redaction: VerificationSessionRedaction,
  webhook_endpoint: WebhookEndpoint,
});

const byObject = new Map([
  ["account", Account],
  ["account_link", AccountLink],
  ["account_session", AccountSession],
  ["apple_pay_domain", ApplePayDomain],
  ["application", Application],
  ["application_fee", ApplicationFee],
  ["apps.secret", AppsSecret],
  ["balance", Balance],
  ["balance_transaction", BalanceTransaction],
  ["bank_account", BankAccount],
  ["billing_portal.configuration", BillingPortalConfiguration],
  ["billing_portal.session", BillingPortalSession],
  ["capability", Capability],
  ["card", Card],
  ["cash_balance", CashBalance],
  ["charge", Charge],
  ["checkout.session", CheckoutSession],
  ["connect_collection_transfer", ConnectCollectionTransfer],
  ["country_spec", CountrySpec],
  ["coupon", Coupon],
  ["credit_note", CreditNote],
  ["credit_note_line_item", CreditNoteLineItem],
  ["customer", Customer],
  ["customer_balance_transaction", CustomerBalanceTransaction],
  ["customer_cash_balance_transaction", CustomerCashBalanceTransaction],
  ["account#deleted", DeletedAccount],
  ["apple_pay_domain#deleted", DeletedApplePayDomain],
  ["application#deleted", DeletedApplication],
  ["bank_account#deleted", DeletedBankAccount],
  ["card#deleted", DeletedCard],
  ["coupon#deleted", DeletedCoupon],
  ["customer#deleted", DeletedCustomer],
  ["discount#deleted", DeletedDiscount],
  ["invoice#deleted", DeletedInvoice],
  ["invoiceitem#deleted", DeletedInvoiceitem],
  ["person#deleted", DeletedPerson],
  ["plan#deleted", DeletedPlan],
  ["price#deleted", DeletedPrice],
  ["product#deleted", DeletedProduct],
  ["radar.value_list#deleted", DeletedRadarValueList],
  ["radar.value_list_item#deleted", DeletedRadarValueListItem],
  ["subscription_item#deleted", DeletedSubscriptionItem],
  ["tax_id#deleted", DeletedTaxId],
  ["terminal.configuration#deleted", DeletedTerminalConfiguration],
  ["terminal.location#deleted", DeletedTerminalLocation],
  ["terminal.reader#deleted", DeletedTerminalReader],
  ["test_helpers.test_clock#deleted", DeletedTestHelpersTestClock],
  ["webhook_endpoint#deleted", DeletedWebhookEndpoint],
  ["discount", Discount],
  ["dispute", Dispute],
  ["ephemeral_key", EphemeralKey],
  ["event", Event],
  ["exchange_rate", ExchangeRate],
  ["fee_refund", FeeRefund],
  ["file", File],
  ["file_link", FileLink],
  ["financial_connections.account", FinancialConnectionsAccount],
  ["financial_connections.account_owner", FinancialConnectionsAccountOwner],
  [
    "financial_connections.account_ownership",
    FinancialConnectionsAccountOwnership,
  ],
  ["financial_connections.session", FinancialConnectionsSession],
  ["funding_instructions", FundingInstructions],
  ["identity.verification_report", IdentityVerificationReport],
  ["identity.verification_session", IdentityVerificationSession],
  ["invoice", Invoice],
  ["invoiceitem", Invoiceitem],
  ["issuing.authorization", IssuingAuthorization],
  ["issuing.card", IssuingCard],
  ["issuing.cardholder", IssuingCardholder],
  ["issuing.dispute", IssuingDispute],
  ["issuing.settlement", IssuingSettlement],
  ["issuing.transaction", IssuingTransaction],
  ["item", Item],
  ["line_item", LineItem],
  ["login_link", LoginLink],
  ["mandate", Mandate],
  ["payment_intent", PaymentIntent],
  ["payment_link", PaymentLink],
  ["payment_method", PaymentMethod],
  ["payment_method_domain", PaymentMethodDomain],
  ["payout", Payout],
  ["person", Person],
  ["plan", Plan],
  ["platform_tax_fee", PlatformTaxFee],
  ["price", Price],
  ["product", Product],
  ["promotion_code", PromotionCode],
  ["quote", Quote],
  ["radar.early_fraud_warning", RadarEarlyFraudWarning],
  ["radar.value_list", RadarValueList],
  ["radar.value_list_item", RadarValueListItem],
  ["refund", Refund],
  ["reporting.report_run", ReportingReportRun],
  ["reporting.report_type", ReportingReportType],
  ["reserve_transaction", ReserveTransaction],
  ["review", Review],
  ["scheduled_query_run", ScheduledQueryRun],
  ["setup_attempt", SetupAttempt],
  ["setup_intent", SetupIntent],
  ["shipping_rate", ShippingRate],
  ["source", Source],
  ["source_mandate_notification", SourceMandateNotification],
  ["source_transaction", SourceTransaction],
  ["subscription", Subscription],
  ["subscription_item", SubscriptionItem],
  ["subscription_schedule", SubscriptionSchedule],
  ["tax.calculation", TaxCalculation],
  ["tax.calculation_line_item", TaxCalculationLineItem],
  ["tax.settings", TaxSettings],
  ["tax.transaction", TaxTransaction],
  ["tax.transaction_line_item", TaxTransactionLineItem],
  ["tax_code", TaxCode],
  ["tax_deducted_at_source", TaxDeductedAtSource],
  ["tax_id", TaxId],
  ["tax_rate", TaxRate],
  ["terminal.configuration", TerminalConfiguration],
  ["terminal.connection_token", TerminalConnectionToken],
  ["terminal.location", TerminalLocation],
  ["terminal.reader", TerminalReader],
  ["test_helpers.test_clock", TestHelpersTestClock],
  ["token", Token],
  ["topup", Topup],
  ["transfer", Transfer],
  ["transfer_reversal", TransferReversal],
  ["treasury.credit_reversal", TreasuryCreditReversal],
  ["treasury.debit_reversal", TreasuryDebitReversal],
  ["treasury.financial_account", TreasuryFinancialAccount],
  ["treasury.financial_account_features", TreasuryFinancialAccountFeatures],
  ["treasury.inbound_transfer", TreasuryInboundTransfer],
  ["treasury.outbound_payment", TreasuryOutboundPayment],
  ["treasury.outbound_transfer", TreasuryOutboundTransfer],
  ["treasury.received_credit", TreasuryReceivedCredit],
  ["treasury.received_debit", TreasuryReceivedDebit],
  ["treasury.transaction", TreasuryTransaction],
  ["treasury.transaction_entry", TreasuryTransactionEntry],
  ["usage_record", UsageRecord],
  ["usage_record_summary", UsageRecordSummary],
  ["webhook_endpoint", WebhookEndpoint],
]);

/**
 * The schema module for a payload, chosen by its `object` field (and
 * `deleted: true`), or undefined when no schema declares that `object` value.
 */
export function forObject(value) {
  if (!isObject(value)) return undefined;
  const key = branchKey(value);
  return key === undefined ? undefined : byObject.get(key);
}
