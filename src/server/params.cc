// Copyright 2026 The entente Authors. Apache-2.0.
//
// Query-parameter validation for the API (params.h): unknown and repeated names, lengths, control
// characters, number ranges, choices, lists and partial dates, each failure with the parameter's
// name and what to write instead.
#include "server/params.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "entente/series_query.h"

namespace entente::server_internal {

ApiResponse ErrorResponse(int status, const std::string& message, const std::string& param) {
  ApiResponse r;
  r.status = status;
  nlohmann::json j = {{"error", message}, {"param", param}};
  // Replacement characters instead of an exception if a message carries broken UTF-8.
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Params::Params(const ApiRequest& request, std::initializer_list<std::string_view> allowed)
    : request_(request) {
  std::vector<std::string_view> seen;
  for (const auto& [name, value] : request.params) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      Fail(name.size() > 40 ? name.substr(0, 40) : name,
           "unknown parameter; this endpoint takes " + (list.empty() ? "none" : list));
      return;
    }
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      Fail(name, "given more than once");
      return;
    }
    seen.push_back(name);
  }
}

ApiResponse Params::ErrorResponse() const {
  return server_internal::ErrorResponse(400, error_param_.empty() ? error_
                                                                  : error_param_ + ": " + error_,
                                        error_param_);
}

void Params::Fail(const std::string& param, const std::string& message) {
  if (!error_.empty()) return;
  error_ = message;
  error_param_ = param;
}

const std::string* Params::Find(std::string_view name) const {
  for (const auto& [n, v] : request_.params) {
    if (n == name) return &v;
  }
  return nullptr;
}

bool Params::Has(std::string_view name) const { return Find(name) != nullptr; }

std::string Params::Str(std::string_view name, const std::string& fallback, size_t max_len,
                        bool required) {
  const std::string* v = Find(name);
  if (!v || v->empty()) {
    if (required) Fail(std::string(name), "required");
    return fallback;
  }
  if (v->size() > max_len) {
    Fail(std::string(name), fmt::format("at most {} characters", max_len));
    return fallback;
  }
  for (unsigned char c : *v) {
    if (c < 0x20 || c == 0x7f) {
      Fail(std::string(name), "control characters are not allowed");
      return fallback;
    }
  }
  return *v;
}

int64_t Params::Int(std::string_view name, int64_t fallback, int64_t min, int64_t max) {
  const std::string* v = Find(name);
  if (!v) return fallback;
  const std::string range = fmt::format("a whole number from {} to {}", min, max);
  if (v->empty() || v->size() > 20) {
    Fail(std::string(name), range);
    return fallback;
  }
  errno = 0;
  char* end = nullptr;
  const long long n = std::strtoll(v->c_str(), &end, 10);
  if (errno != 0 || end != v->c_str() + v->size() || (*v)[0] == ' ' || (*v)[0] == '+') {
    Fail(std::string(name), range + ", not '" + *v + "'");
    return fallback;
  }
  if (n < min || n > max) {
    Fail(std::string(name), fmt::format("{} is out of range: {}", n, range));
    return fallback;
  }
  return n;
}

double Params::Real(std::string_view name, double fallback, double min, double max) {
  const std::string* v = Find(name);
  if (!v) return fallback;
  const std::string range = fmt::format("a number from {} to {}", min, max);
  errno = 0;
  char* end = nullptr;
  const double d = v->empty() || v->size() > 40 ? NAN : std::strtod(v->c_str(), &end);
  if (v->empty() || v->size() > 40 || errno != 0 || end != v->c_str() + v->size() ||
      !std::isfinite(d) || (*v)[0] == ' ') {
    Fail(std::string(name), range + (v->size() <= 40 ? ", not '" + *v + "'" : ""));
    return fallback;
  }
  if (d < min || d > max) {
    Fail(std::string(name), fmt::format("{} is out of range: {}", d, range));
    return fallback;
  }
  return d;
}

bool Params::Bool(std::string_view name, bool fallback) {
  const std::string* v = Find(name);
  if (!v) return fallback;
  if (v->empty() || *v == "true" || *v == "1" || *v == "yes") return true;
  if (*v == "false" || *v == "0" || *v == "no") return false;
  Fail(std::string(name), "true or false");
  return fallback;
}

std::string Params::Choice(std::string_view name, const std::string& fallback,
                           std::initializer_list<std::string_view> choices) {
  const std::string* v = Find(name);
  if (!v) return fallback;
  if (std::find(choices.begin(), choices.end(), *v) != choices.end()) return *v;
  std::string list;
  for (std::string_view c : choices) list += (list.empty() ? "" : ", ") + std::string(c);
  Fail(std::string(name), "one of " + list);
  return fallback;
}

std::vector<std::string> Params::List(std::string_view name, size_t min_items, size_t max_items,
                                      size_t max_len) {
  std::vector<std::string> out;
  if (!Has(name)) return out;  // the caller decides whether it is required
  const std::string text = Str(name, "", (max_len + 1) * max_items);
  if (!ok()) return {};
  size_t pos = 0;
  while (!text.empty()) {
    const size_t comma = text.find(',', pos);
    std::string item = text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    if (item.empty() || item.size() > max_len) {
      Fail(std::string(name), fmt::format("comma-separated items of 1 to {} characters", max_len));
      return {};
    }
    out.push_back(std::move(item));
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  if (out.size() < min_items || out.size() > max_items) {
    Fail(std::string(name), min_items == max_items
                                ? fmt::format("give exactly {} items, comma-separated", min_items)
                                : fmt::format("give {} to {} items, comma-separated", min_items,
                                              max_items));
    return {};
  }
  return out;
}

std::optional<Date> Params::PartialDate(std::string_view name, bool end) {
  const std::string text = Str(name, "", 20);
  if (text.empty()) return std::nullopt;
  Result<Date> d = ParsePartialDate(text, end);
  if (!d.ok()) {
    Fail(std::string(name), d.status().message());
    return std::nullopt;
  }
  return *d;
}

}  // namespace entente::server_internal
