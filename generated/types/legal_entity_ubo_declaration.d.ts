/** @schema `legal_entity_ubo_declaration` */
export type LegalEntityUboDeclaration = {
  /**
   * The Unix timestamp marking when the beneficial owner attestation was made.
   *
   * @format unix-time
   */
  date?: number | null;
  /**
   * The IP address from which the beneficial owner attestation was made.
   *
   * @maxLength 5000
   */
  ip?: string | null;
  /**
   * The user-agent string from the browser where the beneficial owner attestation was made.
   *
   * @maxLength 5000
   */
  user_agent?: string | null;
};
