// Copyright 2026 The entente Authors. Apache-2.0.
//
// Backend-neutral SQL for event queries, internal to the store: turns an EventQuery into a WHERE
// clause with bound parameters (never spliced text).  Both the SQLite backend and, later, the
// PostgreSQL backend use it; they differ only in placeholder syntax (?N versus $N).
#ifndef ENTENTE_STORE_QUERY_SQL_H_
#define ENTENTE_STORE_QUERY_SQL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "entente/status.h"
#include "entente/store.h"

namespace entente::store_internal {

using SqlValue = std::variant<int64_t, double, std::string>;

enum class PlaceholderStyle { kQuestion /* ?1 */, kDollar /* $1 */ };

// Collects parameters and hands out their placeholders in order.
class SqlParams {
 public:
  explicit SqlParams(PlaceholderStyle style = PlaceholderStyle::kQuestion) : style_(style) {}
  // Appends `v` and returns its placeholder ("?3" or "$3").
  std::string Add(SqlValue v);
  const std::vector<SqlValue>& values() const { return values_; }
  PlaceholderStyle style() const { return style_; }

 private:
  PlaceholderStyle style_;
  std::vector<SqlValue> values_;
};

// The smallest string greater than every string that starts with `prefix` (byte order), or
// nullopt when there is none (empty prefix or all bytes 0xFF).  "RUS" -> "RUT".
std::optional<std::string> PrefixUpperBound(std::string_view prefix);

// The conditions of `q` on table alias `e` (events) and `d` (documents, LEFT JOINed: imported
// events have none), joined with AND; "1 = 1" when there are none.  Sets *needs_documents when a
// condition refers to `d`.
// InvalidArgument for negative limit/offset or an unknown status value.
Result<std::string> EventWhereClause(const EventQuery& q, SqlParams& params,
                                     bool* needs_documents);

// " ORDER BY ... LIMIT ... OFFSET ..." for `q` (LIMIT/OFFSET values are bound).
std::string EventOrderAndLimit(const EventQuery& q, SqlParams& params);

// "SELECT date, quad, events, goldstein_n, positive, negative ... GROUP BY date, quad" for
// EventStore::TotalsByDay, and "SELECT date, events ... GROUP BY date" for CountByDay; columns in
// that order, rows ordered by date (then quad).  Limit, offset and order of `q` are ignored.
Result<std::string> TotalsByDaySql(const EventQuery& q, SqlParams& params);
Result<std::string> CountByDaySql(const EventQuery& q, SqlParams& params);

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_QUERY_SQL_H_
