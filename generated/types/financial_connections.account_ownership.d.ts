import type { FinancialConnectionsAccountOwner } from "./financial_connections.account_owner.js";

/**
 * Describes a snapshot of the owners of an account at a particular point in time.
 *
 * @schema `financial_connections.account_ownership`
 */
export type FinancialConnectionsAccountOwnership = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "financial_connections.account_ownership";
  /** A paginated list of owners for this account. */
  owners: {
    /** Details about each object. */
    data: FinancialConnectionsAccountOwner[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     */
    url: string;
  };
};
