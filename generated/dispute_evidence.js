import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { File, checkFile, testFile } from "./file.js";

const k0 = /* @__PURE__ */ set([
  "access_activity_log",
  "billing_address",
  "cancellation_policy",
  "cancellation_policy_disclosure",
  "cancellation_rebuttal",
  "customer_communication",
  "customer_email_address",
  "customer_name",
  "customer_purchase_ip",
  "customer_signature",
  "duplicate_charge_documentation",
  "duplicate_charge_explanation",
  "duplicate_charge_id",
  "product_description",
  "receipt",
  "refund_policy",
  "refund_policy_disclosure",
  "refund_refusal_explanation",
  "service_date",
  "service_documentation",
  "shipping_address",
  "shipping_carrier",
  "shipping_date",
  "shipping_documentation",
  "shipping_tracking_number",
  "uncategorized_file",
  "uncategorized_text",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.access_activity_log;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["access_activity_log"], "string", v0);
    } else if (v0.length > 150000 && tooLong(v0, 150000)) {
      ok = longFail(c, ["access_activity_log"], 150000, v0);
    }
  }
  const v1 = v.billing_address;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["billing_address"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["billing_address"], 5000, v1);
    }
  }
  const v2 = v.cancellation_policy;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["cancellation_policy"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkFile, v2, ok, "cancellation_policy");
    } else {
      ok = wrongType(c, ["cancellation_policy"], "string | object", v2);
    }
  }
  const v3 = v.cancellation_policy_disclosure;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["cancellation_policy_disclosure"], "string", v3);
    } else if (v3.length > 150000 && tooLong(v3, 150000)) {
      ok = longFail(c, ["cancellation_policy_disclosure"], 150000, v3);
    }
  }
  const v4 = v.cancellation_rebuttal;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["cancellation_rebuttal"], "string", v4);
    } else if (v4.length > 150000 && tooLong(v4, 150000)) {
      ok = longFail(c, ["cancellation_rebuttal"], 150000, v4);
    }
  }
  const v5 = v.customer_communication;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) {
        ok = longFail(c, ["customer_communication"], 5000, v5);
      }
    } else if (isObject(v5)) {
      ok = into(c, checkFile, v5, ok, "customer_communication");
    } else {
      ok = wrongType(c, ["customer_communication"], "string | object", v5);
    }
  }
  const v6 = v.customer_email_address;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["customer_email_address"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["customer_email_address"], 5000, v6);
    }
  }
  const v7 = v.customer_name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["customer_name"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["customer_name"], 5000, v7);
    }
  }
  const v8 = v.customer_purchase_ip;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["customer_purchase_ip"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["customer_purchase_ip"], 5000, v8);
    }
  }
  const v9 = v.customer_signature;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) {
        ok = longFail(c, ["customer_signature"], 5000, v9);
      }
    } else if (isObject(v9)) {
      ok = into(c, checkFile, v9, ok, "customer_signature");
    } else {
      ok = wrongType(c, ["customer_signature"], "string | object", v9);
    }
  }
  const v10 = v.duplicate_charge_documentation;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) {
        ok = longFail(c, ["duplicate_charge_documentation"], 5000, v10);
      }
    } else if (isObject(v10)) {
      ok = into(c, checkFile, v10, ok, "duplicate_charge_documentation");
    } else {
      ok = wrongType(
        c,
        ["duplicate_charge_documentation"],
        "string | object",
        v10,
      );
    }
  }
  const v11 = v.duplicate_charge_explanation;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["duplicate_charge_explanation"], "string", v11);
    } else if (v11.length > 150000 && tooLong(v11, 150000)) {
      ok = longFail(c, ["duplicate_charge_explanation"], 150000, v11);
    }
  }
  const v12 = v.duplicate_charge_id;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["duplicate_charge_id"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["duplicate_charge_id"], 5000, v12);
    }
  }
  const v13 = v.product_description;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["product_description"], "string", v13);
    } else if (v13.length > 150000 && tooLong(v13, 150000)) {
      ok = longFail(c, ["product_description"], 150000, v13);
    }
  }
  const v14 = v.receipt;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["receipt"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, checkFile, v14, ok, "receipt");
    } else {
      ok = wrongType(c, ["receipt"], "string | object", v14);
    }
  }
  const v15 = v.refund_policy;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) {
        ok = longFail(c, ["refund_policy"], 5000, v15);
      }
    } else if (isObject(v15)) {
      ok = into(c, checkFile, v15, ok, "refund_policy");
    } else {
      ok = wrongType(c, ["refund_policy"], "string | object", v15);
    }
  }
  const v16 = v.refund_policy_disclosure;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["refund_policy_disclosure"], "string", v16);
    } else if (v16.length > 150000 && tooLong(v16, 150000)) {
      ok = longFail(c, ["refund_policy_disclosure"], 150000, v16);
    }
  }
  const v17 = v.refund_refusal_explanation;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["refund_refusal_explanation"], "string", v17);
    } else if (v17.length > 150000 && tooLong(v17, 150000)) {
      ok = longFail(c, ["refund_refusal_explanation"], 150000, v17);
    }
  }
  const v18 = v.service_date;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["service_date"], "string", v18);
    } else if (v18.length > 5000 && tooLong(v18, 5000)) {
      ok = longFail(c, ["service_date"], 5000, v18);
    }
  }
  const v19 = v.service_documentation;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["service_documentation"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, checkFile, v19, ok, "service_documentation");
    } else {
      ok = wrongType(c, ["service_documentation"], "string | object", v19);
    }
  }
  const v20 = v.shipping_address;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["shipping_address"], "string", v20);
    } else if (v20.length > 5000 && tooLong(v20, 5000)) {
      ok = longFail(c, ["shipping_address"], 5000, v20);
    }
  }
  const v21 = v.shipping_carrier;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["shipping_carrier"], "string", v21);
    } else if (v21.length > 5000 && tooLong(v21, 5000)) {
      ok = longFail(c, ["shipping_carrier"], 5000, v21);
    }
  }
  const v22 = v.shipping_date;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 !== "string") {
      ok = wrongType(c, ["shipping_date"], "string", v22);
    } else if (v22.length > 5000 && tooLong(v22, 5000)) {
      ok = longFail(c, ["shipping_date"], 5000, v22);
    }
  }
  const v23 = v.shipping_documentation;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 === "string") {
      if (v23.length > 5000 && tooLong(v23, 5000)) {
        ok = longFail(c, ["shipping_documentation"], 5000, v23);
      }
    } else if (isObject(v23)) {
      ok = into(c, checkFile, v23, ok, "shipping_documentation");
    } else {
      ok = wrongType(c, ["shipping_documentation"], "string | object", v23);
    }
  }
  const v24 = v.shipping_tracking_number;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 !== "string") {
      ok = wrongType(c, ["shipping_tracking_number"], "string", v24);
    } else if (v24.length > 5000 && tooLong(v24, 5000)) {
      ok = longFail(c, ["shipping_tracking_number"], 5000, v24);
    }
  }
  const v25 = v.uncategorized_file;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 === "string") {
      if (v25.length > 5000 && tooLong(v25, 5000)) {
        ok = longFail(c, ["uncategorized_file"], 5000, v25);
      }
    } else if (isObject(v25)) {
      ok = into(c, checkFile, v25, ok, "uncategorized_file");
    } else {
      ok = wrongType(c, ["uncategorized_file"], "string | object", v25);
    }
  }
  const v26 = v.uncategorized_text;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 !== "string") {
      ok = wrongType(c, ["uncategorized_text"], "string", v26);
    } else if (v26.length > 150000 && tooLong(v26, 150000)) {
      ok = longFail(c, ["uncategorized_text"], 150000, v26);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.access_activity_log;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 150000 && tooLong(v0, 150000)) return false;
  }
  const v1 = v.billing_address;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.cancellation_policy;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) return false;
    } else if (isObject(v2)) {
      if (!testFile(v2, c)) return false;
    } else {
      return false;
    }
  }
  const v3 = v.cancellation_policy_disclosure;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 150000 && tooLong(v3, 150000)) return false;
  }
  const v4 = v.cancellation_rebuttal;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 150000 && tooLong(v4, 150000)) return false;
  }
  const v5 = v.customer_communication;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 === "string") {
      if (v5.length > 5000 && tooLong(v5, 5000)) return false;
    } else if (isObject(v5)) {
      if (!testFile(v5, c)) return false;
    } else {
      return false;
    }
  }
  const v6 = v.customer_email_address;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.customer_name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.customer_purchase_ip;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.customer_signature;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    } else if (isObject(v9)) {
      if (!testFile(v9, c)) return false;
    } else {
      return false;
    }
  }
  const v10 = v.duplicate_charge_documentation;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) return false;
    } else if (isObject(v10)) {
      if (!testFile(v10, c)) return false;
    } else {
      return false;
    }
  }
  const v11 = v.duplicate_charge_explanation;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") return false;
    if (v11.length > 150000 && tooLong(v11, 150000)) return false;
  }
  const v12 = v.duplicate_charge_id;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  const v13 = v.product_description;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 150000 && tooLong(v13, 150000)) return false;
  }
  const v14 = v.receipt;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!testFile(v14, c)) return false;
    } else {
      return false;
    }
  }
  const v15 = v.refund_policy;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 === "string") {
      if (v15.length > 5000 && tooLong(v15, 5000)) return false;
    } else if (isObject(v15)) {
      if (!testFile(v15, c)) return false;
    } else {
      return false;
    }
  }
  const v16 = v.refund_policy_disclosure;
  if (v16 !== undefined && v16 !== null) {
    if (typeof v16 !== "string") return false;
    if (v16.length > 150000 && tooLong(v16, 150000)) return false;
  }
  const v17 = v.refund_refusal_explanation;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") return false;
    if (v17.length > 150000 && tooLong(v17, 150000)) return false;
  }
  const v18 = v.service_date;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") return false;
    if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  }
  const v19 = v.service_documentation;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) return false;
    } else if (isObject(v19)) {
      if (!testFile(v19, c)) return false;
    } else {
      return false;
    }
  }
  const v20 = v.shipping_address;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") return false;
    if (v20.length > 5000 && tooLong(v20, 5000)) return false;
  }
  const v21 = v.shipping_carrier;
  if (v21 !== undefined && v21 !== null) {
    if (typeof v21 !== "string") return false;
    if (v21.length > 5000 && tooLong(v21, 5000)) return false;
  }
  const v22 = v.shipping_date;
  if (v22 !== undefined && v22 !== null) {
    if (typeof v22 !== "string") return false;
    if (v22.length > 5000 && tooLong(v22, 5000)) return false;
  }
  const v23 = v.shipping_documentation;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 === "string") {
      if (v23.length > 5000 && tooLong(v23, 5000)) return false;
    } else if (isObject(v23)) {
      if (!testFile(v23, c)) return false;
    } else {
      return false;
    }
  }
  const v24 = v.shipping_tracking_number;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 !== "string") return false;
    if (v24.length > 5000 && tooLong(v24, 5000)) return false;
  }
  const v25 = v.uncategorized_file;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 === "string") {
      if (v25.length > 5000 && tooLong(v25, 5000)) return false;
    } else if (isObject(v25)) {
      if (!testFile(v25, c)) return false;
    } else {
      return false;
    }
  }
  const v26 = v.uncategorized_text;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 !== "string") return false;
    if (v26.length > 150000 && tooLong(v26, 150000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    access_activity_log: opt(nul(str())),
    billing_address: opt(nul(str())),
    cancellation_policy: opt(nul(union(str(), ref(File)))),
    cancellation_policy_disclosure: opt(nul(str())),
    cancellation_rebuttal: opt(nul(str())),
    customer_communication: opt(nul(union(str(), ref(File)))),
    customer_email_address: opt(nul(str())),
    customer_name: opt(nul(str())),
    customer_purchase_ip: opt(nul(str())),
    customer_signature: opt(nul(union(str(), ref(File)))),
    duplicate_charge_documentation: opt(nul(union(str(), ref(File)))),
    duplicate_charge_explanation: opt(nul(str())),
    duplicate_charge_id: opt(nul(str())),
    product_description: opt(nul(str())),
    receipt: opt(nul(union(str(), ref(File)))),
    refund_policy: opt(nul(union(str(), ref(File)))),
    refund_policy_disclosure: opt(nul(str())),
    refund_refusal_explanation: opt(nul(str())),
    service_date: opt(nul(str())),
    service_documentation: opt(nul(union(str(), ref(File)))),
    shipping_address: opt(nul(str())),
    shipping_carrier: opt(nul(str())),
    shipping_date: opt(nul(str())),
    shipping_documentation: opt(nul(union(str(), ref(File)))),
    shipping_tracking_number: opt(nul(str())),
    uncategorized_file: opt(nul(union(str(), ref(File)))),
    uncategorized_text: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "dispute_evidence",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as DisputeEvidence,
  validateInput as validateDisputeEvidence,
  isValid as isDisputeEvidence,
  check as checkDisputeEvidence,
  test as testDisputeEvidence,
};
