/**
 * Describes an owner of an account.
 *
 * @schema `financial_connections.account_owner`
 */
export type FinancialConnectionsAccountOwner = {
  /**
   * The email address of the owner.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The full name of the owner.
   *
   * @maxLength 5000
   */
  name: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "financial_connections.account_owner";
  /**
   * The ownership object that this owner belongs to.
   *
   * @maxLength 5000
   */
  ownership: string;
  /**
   * The raw phone number of the owner.
   *
   * @maxLength 5000
   */
  phone?: string | null;
  /**
   * The raw physical address of the owner.
   *
   * @maxLength 5000
   */
  raw_address?: string | null;
  /**
   * The timestamp of the refresh that updated this owner.
   *
   * @format unix-time
   */
  refreshed_at?: number | null;
};
