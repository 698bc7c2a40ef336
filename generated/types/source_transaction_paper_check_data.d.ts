/** @schema `source_transaction_paper_check_data` */
export type SourceTransactionPaperCheckData = {
  /**
   * Time at which the deposited funds will be available for use. Measured in seconds since the Unix epoch.
   *
   * @maxLength 5000
   */
  available_at?: string;
  /**
   * Comma-separated list of invoice IDs associated with the paper check.
   *
   * @maxLength 5000
   */
  invoices?: string;
};
