/**
 * Additional details on the FinancialAccount Features information.
 *
 * @schema `treasury_financial_accounts_resource_toggles_setting_status_details`
 */
export type TreasuryFinancialAccountsResourceTogglesSettingStatusDetails = {
  /** Represents the reason why the status is `pending` or `restricted`. */
  code:
    | "activating"
    | "capability_not_requested"
    | "financial_account_closed"
    | "rejected_other"
    | "rejected_unsupported_business"
    | "requirements_past_due"
    | "requirements_pending_verification"
    | "restricted_by_platform"
    | "restricted_other"
    | (string & {});
  /** Represents what the user should do, if anything, to activate the Feature. */
  resolution?:
    | "contact_stripe"
    | "provide_information"
    | "remove_restriction"
    | (string & {})
    | null;
  /** The `platform_restrictions` that are restricting this Feature. */
  restriction?: "inbound_flows" | "outbound_flows";
};
