// Copyright 2026 The entente Authors. Apache-2.0.
//
// EventQuery -> SQL WHERE / ORDER BY / LIMIT with bound parameters.  Interface in query_sql.h.
//
// Prefix matches are written as half-open ranges (`e.source >= 'RUS' AND e.source < 'RUT'`)
// rather than LIKE: the range uses the (source, target, date) index, and it has no
// metacharacters, so a user's '%' or '_' is just a byte.  Every value, including LIMIT and
// OFFSET, goes through SqlParams; the SQL text itself only ever contains our own column names.
#include "store/query_sql.h"

namespace entente::store_internal {

std::string SqlParams::Add(SqlValue v) {
  values_.push_back(std::move(v));
  return (style_ == PlaceholderStyle::kQuestion ? "?" : "$") + std::to_string(values_.size());
}

std::optional<std::string> PrefixUpperBound(std::string_view prefix) {
  std::string s(prefix);
  while (!s.empty()) {
    unsigned char last = static_cast<unsigned char>(s.back());
    if (last < 0xFF) {
      s.back() = static_cast<char>(last + 1);
      return s;
    }
    s.pop_back();
  }
  return std::nullopt;
}

namespace {

// One actor condition on `column`: exact, prefix range, or "no actor" for an empty value.
std::string ActorCondition(std::string_view column, const std::string& value, bool exact,
                           SqlParams& params) {
  std::string col(column);
  if (value.empty() || exact) return col + " = " + params.Add(value);
  std::string cond = col + " >= " + params.Add(value);
  if (auto upper = PrefixUpperBound(value)) cond += " AND " + col + " < " + params.Add(*upper);
  return "(" + cond + ")";
}

}  // namespace

Result<std::string> EventWhereClause(const EventQuery& q, SqlParams& params,
                                     bool* needs_documents) {
  if (q.limit && *q.limit < 0) return Status::InvalidArgument("query limit must not be negative");
  if (q.offset < 0) return Status::InvalidArgument("query offset must not be negative");
  std::vector<std::string> conds;
  *needs_documents = false;

  const bool ex = q.actors_exact;
  if (q.source && q.target) {
    std::string fwd = ActorCondition("e.source", *q.source, ex, params) + " AND " +
                      ActorCondition("e.target", *q.target, ex, params);
    if (q.either_direction) {
      std::string rev = ActorCondition("e.source", *q.target, ex, params) + " AND " +
                        ActorCondition("e.target", *q.source, ex, params);
      conds.push_back("((" + fwd + ") OR (" + rev + "))");
    } else {
      conds.push_back(fwd);
    }
  } else if (q.source || q.target) {
    const std::string& actor = q.source ? *q.source : *q.target;
    if (q.either_direction) {
      conds.push_back("(" + ActorCondition("e.source", actor, ex, params) + " OR " +
                      ActorCondition("e.target", actor, ex, params) + ")");
    } else {
      conds.push_back(ActorCondition(q.source ? "e.source" : "e.target", actor, ex, params));
    }
  }
  if (q.code_prefix) conds.push_back(ActorCondition("e.code", *q.code_prefix, false, params));
  if (q.quad) conds.push_back("e.quad = " + params.Add(int64_t{static_cast<uint8_t>(*q.quad)}));
  // Dates are stored as "YYYY-MM-DD" for years 1..9999; bounds outside that range (Date::Min(),
  // Date::Max()) would not compare as text, and bound nothing anyway.
  static const Date kFirst = Date::FromDays(-719162);  // 0001-01-01
  static const Date kLast = Date::FromDays(2932896);   // 9999-12-31
  if (q.date_from && *q.date_from > kFirst) {
    conds.push_back("e.date >= " + params.Add(q.date_from->ToString()));
  }
  if (q.date_to && *q.date_to < kLast) {
    conds.push_back("e.date <= " + params.Add(q.date_to->ToString()));
  }
  if (!q.statuses.empty()) {
    std::string in;
    for (EventStatus s : q.statuses) {
      auto v = static_cast<uint8_t>(s);
      if (v > static_cast<uint8_t>(EventStatus::kReported)) {
        return Status::InvalidArgument("unknown event status value " + std::to_string(v));
      }
      if (!in.empty()) in += ", ";
      in += params.Add(int64_t{v});
    }
    conds.push_back("e.status IN (" + in + ")");
  }
  if (q.doc_id) {
    conds.push_back("d.ext_id = " + params.Add(*q.doc_id));
    *needs_documents = true;
  }
  if (q.dataset) conds.push_back("e.dataset = " + params.Add(*q.dataset));
  if (q.mentions_of) {
    const std::string id = params.Add(*q.mentions_of);  // ?N / $N may be used twice
    conds.push_back("(e.id = " + id + " OR e.dup_of = " + id + ")");
  } else if (q.distinct) {
    conds.push_back("e.dup_of IS NULL");
  }
  if (conds.empty()) return std::string("1 = 1");  // valid on SQLite and PostgreSQL
  std::string where;
  for (const auto& c : conds) {
    if (!where.empty()) where += " AND ";
    where += c;
  }
  return where;
}

std::string EventOrderAndLimit(const EventQuery& q, SqlParams& params) {
  std::string sql;
  switch (q.order) {
    case EventOrder::kDateAscending: sql = " ORDER BY e.date, e.id"; break;
    case EventOrder::kDateDescending: sql = " ORDER BY e.date DESC, e.id DESC"; break;
    case EventOrder::kId: sql = " ORDER BY e.id"; break;
  }
  // SQLite needs a LIMIT before OFFSET (-1: none); PostgreSQL takes OFFSET alone.
  if (q.limit) {
    sql += " LIMIT " + params.Add(*q.limit);
  } else if (q.offset > 0 && params.style() == PlaceholderStyle::kQuestion) {
    sql += " LIMIT -1";
  }
  if (q.offset > 0) sql += " OFFSET " + params.Add(q.offset);
  return sql;
}

namespace {

Result<std::string> GroupedByDaySql(const EventQuery& q, SqlParams& params, const char* columns,
                                    const char* group) {
  bool needs_documents = false;
  Result<std::string> where = EventWhereClause(q, params, &needs_documents);
  if (!where.ok()) return where.status();
  std::string sql = std::string("SELECT ") + columns + " FROM events e";
  if (needs_documents) sql += " JOIN documents d ON d.id = e.doc";
  return sql + " WHERE " + *where + " GROUP BY " + group + " ORDER BY " + group;
}

}  // namespace

Result<std::string> TotalsByDaySql(const EventQuery& q, SqlParams& params) {
  return GroupedByDaySql(q, params,
                         "e.date, e.quad, COUNT(*), COUNT(e.goldstein), "
                         "COALESCE(SUM(CASE WHEN e.goldstein > 0 THEN e.goldstein ELSE 0 END), 0), "
                         "COALESCE(SUM(CASE WHEN e.goldstein < 0 THEN -e.goldstein ELSE 0 END), 0)",
                         "e.date, e.quad");
}

Result<std::string> CountByDaySql(const EventQuery& q, SqlParams& params) {
  return GroupedByDaySql(q, params, "e.date, COUNT(*)", "e.date");
}

}  // namespace entente::store_internal
