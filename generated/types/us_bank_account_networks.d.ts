/** @schema `us_bank_account_networks` */
export type UsBankAccountNetworks = {
  /**
   * The preferred network.
   *
   * @maxLength 5000
   */
  preferred?: string | null;
  /** All supported networks. */
  supported: ("ach" | "us_domestic_wire")[];
};
