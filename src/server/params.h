// Copyright 2026 The entente Authors. Apache-2.0.
//
// Params: reads and validates an API request's query parameters.  Built with the names an endpoint
// accepts; an unknown or repeated name is an error.  Getters return the value (or the default) and
// record the first problem they meet, with the parameter's name, so a handler reads everything and
// then checks ok() once:
//
//   Params p(request, {"dyad", "by"});
//   std::string by = p.Choice("by", "month", {"day", "week", "month", "quarter", "year"});
//   if (!p.ok()) return p.ErrorResponse();     // 400 {"error": "...", "param": "by"}
//
// Thread-safety: none (one per request).  Failure modes: only through ok()/ErrorResponse().
#ifndef ENTENTE_SERVER_PARAMS_H_
#define ENTENTE_SERVER_PARAMS_H_

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/date.h"
#include "entente/server.h"

namespace entente::server_internal {

// {"error": message, "param": param} with `status`.
ApiResponse ErrorResponse(int status, const std::string& message, const std::string& param = "");

class Params {
 public:
  Params(const ApiRequest& request, std::initializer_list<std::string_view> allowed);

  bool ok() const { return error_.empty(); }
  ApiResponse ErrorResponse() const;
  // Records a problem (the first one is kept).
  void Fail(const std::string& param, const std::string& message);

  bool Has(std::string_view name) const;
  // Text of at most `max_len` bytes, without control characters; `required`: must be given and
  // non-empty.
  std::string Str(std::string_view name, const std::string& fallback = "", size_t max_len = 200,
                  bool required = false);
  // A whole number in [min, max]; the message states the range.
  int64_t Int(std::string_view name, int64_t fallback, int64_t min, int64_t max);
  double Real(std::string_view name, double fallback, double min, double max);
  // true/false/1/0/yes/no; a bare "?normalise" (empty value) is true.
  bool Bool(std::string_view name, bool fallback);
  // One of `choices`.
  std::string Choice(std::string_view name, const std::string& fallback,
                     std::initializer_list<std::string_view> choices);
  // Comma-separated items, each non-empty and at most `max_len` bytes; between min and max items.
  // Empty when the parameter is absent (not an error: the caller checks Has() if it is required).
  std::vector<std::string> List(std::string_view name, size_t min_items, size_t max_items,
                                size_t max_len = 40);
  // A partial date (2014, 2014-Q2, 2014-06, 2014-06-15) as its first (or, with end, last) day.
  std::optional<Date> PartialDate(std::string_view name, bool end);

 private:
  const std::string* Find(std::string_view name) const;
  const ApiRequest& request_;
  std::string error_, error_param_;
};

}  // namespace entente::server_internal

#endif  // ENTENTE_SERVER_PARAMS_H_
