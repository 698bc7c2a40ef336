import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "background_image_url",
  "client_token",
  "first_name",
  "last_name",
  "locale",
  "logo_url",
  "page_title",
  "pay_later_asset_urls_descriptive",
  "pay_later_asset_urls_standard",
  "pay_later_name",
  "pay_later_redirect_url",
  "pay_now_asset_urls_descriptive",
  "pay_now_asset_urls_standard",
  "pay_now_name",
  "pay_now_redirect_url",
  "pay_over_time_asset_urls_descriptive",
  "pay_over_time_asset_urls_standard",
  "pay_over_time_name",
  "pay_over_time_redirect_url",
  "payment_method_categories",
  "purchase_country",
  "purchase_type",
  "redirect_url",
  "shipping_delay",
  "shipping_first_name",
  "shipping_last_name",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.background_image_url;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["background_image_url"], "string", v0);
    }
  }
  const v1 = v.client_token;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["client_token"], "string", v1);
    }
  }
  const v2 = v.first_name;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["first_name"], "string", v2);
    }
  }
  const v3 = v.last_name;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["last_name"], "string", v3);
    }
  }
  const v4 = v.locale;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["locale"], "string", v4);
    }
  }
  const v5 = v.logo_url;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["logo_url"], "string", v5);
    }
  }
  const v6 = v.page_title;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["page_title"], "string", v6);
    }
  }
  const v7 = v.pay_later_asset_urls_descriptive;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["pay_later_asset_urls_descriptive"], "string", v7);
    }
  }
  const v8 = v.pay_later_asset_urls_standard;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["pay_later_asset_urls_standard"], "string", v8);
    }
  }
  const v9 = v.pay_later_name;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["pay_later_name"], "string", v9);
    }
  }
  const v10 = v.pay_later_redirect_url;
  if (v10 !== undefined) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["pay_later_redirect_url"], "string", v10);
    }
  }
  const v11 = v.pay_now_asset_urls_descriptive;
  if (v11 !== undefined) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["pay_now_asset_urls_descriptive"], "string", v11);
    }
  }
  const v12 = v.pay_now_asset_urls_standard;
  if (v12 !== undefined) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["pay_now_asset_urls_standard"], "string", v12);
    }
  }
  const v13 = v.pay_now_name;
  if (v13 !== undefined) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["pay_now_name"], "string", v13);
    }
  }
  const v14 = v.pay_now_redirect_url;
  if (v14 !== undefined) {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["pay_now_redirect_url"], "string", v14);
    }
  }
  const v15 = v.pay_over_time_asset_urls_descriptive;
  if (v15 !== undefined) {
    if (typeof v15 !== "string") {
      ok = wrongType(
        c,
        ["pay_over_time_asset_urls_descriptive"],
        "string",
        v15,
      );
    }
  }
  const v16 = v.pay_over_time_asset_urls_standard;
  if (v16 !== undefined) {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["pay_over_time_asset_urls_standard"], "string", v16);
    }
  }
  const v17 = v.pay_over_time_name;
  if (v17 !== undefined) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["pay_over_time_name"], "string", v17);
    }
  }
  const v18 = v.pay_over_time_redirect_url;
  if (v18 !== undefined) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["pay_over_time_redirect_url"], "string", v18);
    }
  }
  const v19 = v.payment_method_categories;
  if (v19 !== undefined) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["payment_method_categories"], "string", v19);
    }
  }
  const v20 = v.purchase_country;
  if (v20 !== undefined) {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["purchase_country"], "string", v20);
    }
  }
  const v21 = v.purchase_type;
  if (v21 !== undefined) {
    if (typeof v21 !== "string") {
      ok = wrongType(c, ["purchase_type"], "string", v21);
    }
  }
  const v22 = v.redirect_url;
  if (v22 !== undefined) {
    if (typeof v22 !== "string") {
      ok = wrongType(c, ["redirect_url"], "string", v22);
    }
  }
  const v23 = v.shipping_delay;
  if (v23 !== undefined) {
    if (!isInt(v23)) {
      ok = wrongType(c, ["shipping_delay"], "integer", v23);
    }
  }
  const v24 = v.shipping_first_name;
  if (v24 !== undefined) {
    if (typeof v24 !== "string") {
      ok = wrongType(c, ["shipping_first_name"], "string", v24);
    }
  }
  const v25 = v.shipping_last_name;
  if (v25 !== undefined) {
    if (typeof v25 !== "string") {
      ok = wrongType(c, ["shipping_last_name"], "string", v25);
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
  const v0 = v.background_image_url;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
  }
  const v1 = v.client_token;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.first_name;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v.last_name;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v.locale;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v.logo_url;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v.page_title;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return false;
  }
  const v7 = v.pay_later_asset_urls_descriptive;
  if (v7 !== undefined) {
    if (typeof v7 !== "string") return false;
  }
  const v8 = v.pay_later_asset_urls_standard;
  if (v8 !== undefined) {
    if (typeof v8 !== "string") return false;
  }
  const v9 = v.pay_later_name;
  if (v9 !== undefined) {
    if (typeof v9 !== "string") return false;
  }
  const v10 = v.pay_later_redirect_url;
  if (v10 !== undefined) {
    if (typeof v10 !== "string") return false;
  }
  const v11 = v.pay_now_asset_urls_descriptive;
  if (v11 !== undefined) {
    if (typeof v11 !== "string") return false;
  }
  const v12 = v.pay_now_asset_urls_standard;
  if (v12 !== undefined) {
    if (typeof v12 !== "string") return false;
  }
  const v13 = v.pay_now_name;
  if (v13 !== undefined) {
    if (typeof v13 !== "string") return false;
  }
  const v14 = v.pay_now_redirect_url;
  if (v14 !== undefined) {
    if (typeof v14 !== "string") return false;
  }
  const v15 = v.pay_over_time_asset_urls_descriptive;
  if (v15 !== undefined) {
    if (typeof v15 !== "string") return false;
  }
  const v16 = v.pay_over_time_asset_urls_standard;
  if (v16 !== undefined) {
    if (typeof v16 !== "string") return false;
  }
  const v17 = v.pay_over_time_name;
  if (v17 !== undefined) {
    if (typeof v17 !== "string") return false;
  }
  const v18 = v.pay_over_time_redirect_url;
  if (v18 !== undefined) {
    if (typeof v18 !== "string") return false;
  }
  const v19 = v.payment_method_categories;
  if (v19 !== undefined) {
    if (typeof v19 !== "string") return false;
  }
  const v20 = v.purchase_country;
  if (v20 !== undefined) {
    if (typeof v20 !== "string") return false;
  }
  const v21 = v.purchase_type;
  if (v21 !== undefined) {
    if (typeof v21 !== "string") return false;
  }
  const v22 = v.redirect_url;
  if (v22 !== undefined) {
    if (typeof v22 !== "string") return false;
  }
  const v23 = v.shipping_delay;
  if (v23 !== undefined) {
    if (!isInt(v23)) return false;
  }
  const v24 = v.shipping_first_name;
  if (v24 !== undefined) {
    if (typeof v24 !== "string") return false;
  }
  const v25 = v.shipping_last_name;
  if (v25 !== undefined) {
    if (typeof v25 !== "string") return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    background_image_url: opt(str()),
    client_token: opt(nul(str())),
    first_name: opt(str()),
    last_name: opt(str()),
    locale: opt(str()),
    logo_url: opt(str()),
    page_title: opt(str()),
    pay_later_asset_urls_descriptive: opt(str()),
    pay_later_asset_urls_standard: opt(str()),
    pay_later_name: opt(str()),
    pay_later_redirect_url: opt(str()),
    pay_now_asset_urls_descriptive: opt(str()),
    pay_now_asset_urls_standard: opt(str()),
    pay_now_name: opt(str()),
    pay_now_redirect_url: opt(str()),
    pay_over_time_asset_urls_descriptive: opt(str()),
    pay_over_time_asset_urls_standard: opt(str()),
    pay_over_time_name: opt(str()),
    pay_over_time_redirect_url: opt(str()),
    payment_method_categories: opt(str()),
    purchase_country: opt(str()),
    purchase_type: opt(str()),
    redirect_url: opt(str()),
    shipping_delay: opt(int()),
    shipping_first_name: opt(str()),
    shipping_last_name: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_type_klarna",
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
  schema as SourceTypeKlarna,
  validateInput as validateSourceTypeKlarna,
  isValid as isSourceTypeKlarna,
  check as checkSourceTypeKlarna,
  test as testSourceTypeKlarna,
};
