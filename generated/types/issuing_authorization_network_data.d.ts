/** @schema `issuing_authorization_network_data` */
export type IssuingAuthorizationNetworkData = {
  /**
   * Identifier assigned to the acquirer by the card network. Sometimes this value is not provided by the network; in this case, the value will be `null`.
   *
   * @maxLength 5000
   */
  acquiring_institution_id?: string | null;
};
