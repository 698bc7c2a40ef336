import type { FileLink } from "./file_link.js";

/**
 * This is an object representing a file hosted on Stripe's servers. The
 * file may have been uploaded by yourself using the [create file](https://stripe.com/docs/api#create_file)
 * request (for example, when uploading dispute evidence) or it may have
 * been created by Stripe (for example, the results of a [Sigma scheduled
 * query](#scheduled_queries)).
 *
 * Related guide: [File upload guide](https://stripe.com/docs/file-upload)
 *
 * @schema `file`
 */
export type File = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The time at which the file expires and is no longer available in epoch seconds.
   *
   * @format unix-time
   */
  expires_at?: number | null;
  /**
   * A filename for the file, suitable for saving to a filesystem.
   *
   * @maxLength 5000
   */
  filename?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** A list of [file links](https://stripe.com/docs/api#file_links) that point at this file. */
  links?: {
    /** Details about each object. */
    data: FileLink[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     * @pattern ^/v1/file_links
     */
    url: string;
  } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "file";
  /** The [purpose](https://stripe.com/docs/file-upload#uploading-a-file) of the uploaded file. */
  purpose:
    | "account_requirement"
    | "additional_verification"
    | "business_icon"
    | "business_logo"
    | "customer_signature"
    | "dispute_evidence"
    | "document_provider_identity_document"
    | "finance_report_run"
    | "identity_document"
    | "identity_document_downloadable"
    | "pci_document"
    | "selfie"
    | "sigma_scheduled_query"
    | "tax_document_user_upload"
    | "terminal_reader_splashscreen"
    | (string & {});
  /** The size in bytes of the file object. */
  size: number;
  /**
   * A user friendly title for the document.
   *
   * @maxLength 5000
   */
  title?: string | null;
  /**
   * The type of the file returned (e.g., `csv`, `pdf`, `jpg`, or `png`).
   *
   * @maxLength 5000
   */
  type?: string | null;
  /**
   * The URL from which the file can be downloaded using your live secret API key.
   *
   * @maxLength 5000
   */
  url?: string | null;
};
