/** @schema `bank_connections_resource_link_account_session_filters` */
export type BankConnectionsResourceLinkAccountSessionFilters = {
  /** List of countries from which to filter accounts. */
  countries?: string[] | null;
};
