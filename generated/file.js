import {
  deeper,
  enter,
  fail,
  full,
  into,
  isArray,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  regex,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  int,
  list,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { FileLink, checkFileLink, testFileLink } from "./file_link.js";

const e0 = /* @__PURE__ */ set(["list"]);
const s0 = "^/v1/file_links";
const p0 = /* @__PURE__ */ regex(s0);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const e1 = /* @__PURE__ */ set(["file"]);
const k1 = /* @__PURE__ */ set([
  "created",
  "expires_at",
  "filename",
  "id",
  "links",
  "object",
  "purpose",
  "size",
  "title",
  "type",
  "url",
]);
const e2 = /* @__PURE__ */ set([
  "account_requirement",
  "additional_verification",
  "business_icon",
  "business_logo",
  "customer_signature",
  "dispute_evidence",
  "document_provider_identity_document",
  "finance_report_run",
  "identity_document",
  "identity_document_downloadable",
  "pci_document",
  "selfie",
  "sigma_scheduled_query",
  "tax_document_user_upload",
  "terminal_reader_splashscreen",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.created;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["created"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["created"], "integer", v0);
    }
  }
  const v1 = v.expires_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["expires_at"], "integer", v1);
    }
  }
  const v2 = v.filename;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["filename"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["filename"], 5000, v2);
    }
  }
  const v3 = v.id;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["id"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["id"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["id"], 5000, v3);
    }
  }
  const v4 = v.links;
  if (v4 !== undefined && v4 !== null) {
    if (!isObject(v4)) {
      ok = wrongType(c, ["links"], "object", v4);
    } else {
      const v5 = v4.data;
      if (v5 === undefined || v5 === null) {
        ok = missing(c, ["links", "data"], v5, ok);
      } else {
        if (!isArray(v5)) {
          ok = wrongType(c, ["links", "data"], "array", v5);
        } else {
          for (let i0 = 0; i0 < v5.length; i0++) {
            const v6 = v5[i0];
            ok = into(c, checkFileLink, v6, ok, "links", "data", i0);
            if (!ok && full(c)) break;
          }
        }
      }
      const v7 = v4.has_more;
      if (v7 === undefined || v7 === null) {
        ok = missing(c, ["links", "has_more"], v7, ok);
      } else {
        if (typeof v7 !== "boolean") {
          ok = wrongType(c, ["links", "has_more"], "boolean", v7);
        }
      }
      const v8 = v4.object;
      if (v8 === undefined || v8 === null) {
        ok = missing(c, ["links", "object"], v8, ok);
      } else {
        if (!e0.has(v8)) {
          ok = notInEnum(c, ["links", "object"], e0, v8, ok);
        }
      }
      const v9 = v4.url;
      if (v9 === undefined || v9 === null) {
        ok = missing(c, ["links", "url"], v9, ok);
      } else {
        if (typeof v9 !== "string") {
          ok = wrongType(c, ["links", "url"], "string", v9);
        } else if (v9.length > 5000 && tooLong(v9, 5000)) {
          ok = longFail(c, ["links", "url"], 5000, v9);
        } else if (!p0.test(v9)) {
          ok = fail(c, "pattern", ["links", "url"], s0, v9);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["links"], v4, k0, ok);
      }
    }
  }
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e1.has(v10)) {
      ok = notInEnum(c, ["object"], e1, v10, ok);
    }
  }
  const v11 = v.purpose;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["purpose"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["purpose"], "string", v11);
    }
  }
  const v12 = v.size;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["size"], v12, ok);
  } else {
    if (!isInt(v12)) {
      ok = wrongType(c, ["size"], "integer", v12);
    }
  }
  const v13 = v.title;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["title"], "string", v13);
    } else if (v13.length > 5000 && tooLong(v13, 5000)) {
      ok = longFail(c, ["title"], 5000, v13);
    }
  }
  const v14 = v.type;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["type"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["type"], 5000, v14);
    }
  }
  const v15 = v.url;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["url"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["url"], 5000, v15);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.created;
  if (!isInt(v0)) return false;
  const v1 = v.expires_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.filename;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.id;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.links;
  if (v4 !== undefined && v4 !== null) {
    if (!isObject(v4)) return false;
    const v5 = v4.data;
    if (!isArray(v5)) return false;
    for (let i0 = 0; i0 < v5.length; i0++) {
      const v6 = v5[i0];
      if (!testFileLink(v6, c)) return false;
    }
    const v7 = v4.has_more;
    if (typeof v7 !== "boolean") return false;
    const v8 = v4.object;
    if (v8 !== "list") return false;
    const v9 = v4.url;
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    if (!p0.test(v9)) return false;
  }
  const v10 = v.object;
  if (v10 !== "file") return false;
  const v11 = v.purpose;
  if (typeof v11 !== "string") return false;
  const v12 = v.size;
  if (!isInt(v12)) return false;
  const v13 = v.title;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  }
  const v14 = v.type;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") return false;
    if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  }
  const v15 = v.url;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") return false;
    if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    expires_at: opt(nul(int("unix-time"))),
    filename: opt(nul(str())),
    id: req(str()),
    links: opt(
      nul(
        obj({
          data: req(list(ref(FileLink))),
          has_more: req(bool()),
          object: req(oneOf(e0)),
          url: req(str()),
        }),
      ),
    ),
    object: req(oneOf(e1)),
    purpose: req(oneOf(e2, true)),
    size: req(int()),
    title: opt(nul(str())),
    type: opt(nul(str())),
    url: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "file",
  branch: "file",
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
  schema as File,
  validateInput as validateFile,
  isValid as isFile,
  check as checkFile,
  test as testFile,
};
