// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal to the store: what the SQLite and PostgreSQL backends share beyond query_sql.h, so
// that they read rows back and check their input identically: the event column list, decoding a
// row into a StoredEvent through a small row-access interface, and the input checks of
// PutDocument and PutImportedEvents.
#ifndef ENTENTE_STORE_STORE_COMMON_H_
#define ENTENTE_STORE_STORE_COMMON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "entente/store.h"
#include "store/query_sql.h"

namespace entente::store_internal {

// The columns every event query selects, in the order DecodeEventRow reads them, over `events e`
// LEFT JOIN `documents d`.  A query that wants sentence text appends `s.text` (column
// kSentenceTextColumn).
extern const char kEventColumns[];
inline constexpr int kSentenceTextColumn = 33;

// One result row, as either backend hands it out.
class RowAccess {
 public:
  virtual ~RowAccess() = default;
  virtual bool Null(int c) const = 0;
  virtual std::string_view Text(int c) const = 0;  // "" for NULL
  virtual int64_t Int(int c) const = 0;            // 0 for NULL
  virtual double Real(int c) const = 0;            // 0 for NULL
};

// Decodes a row of kEventColumns (+ s.text when with_sentence) into *out, validating codes and
// enum values: a bad stored value is Corruption.
Status DecodeEventRow(const RowAccess& row, bool with_sentence, StoredEvent* out);

// PutDocument's checks, before anything is written: offsets within the text, unique sentence
// indices, events that belong to the document.  InvalidArgument naming the document.
Status ValidateDocumentInput(const Document& doc, const std::vector<SentenceSpan>& sentences,
                             const std::vector<Event>& events);

// PutImportedEvents' checks: dataset names, external ids, codes.  InvalidArgument naming the
// event's origin.
Status ValidateImportedEvents(const std::vector<ImportedEvent>& events);

// Runs `sql` with `params` and calls `per_row` for each row (stopping at its first error); each
// backend implements it once, and the grouped queries below are written against it.
using RowRunner = std::function<Status(const std::string& sql, const SqlParams& params,
                                       const std::function<Status(const RowAccess&)>& per_row)>;

// EventStore::TotalsByDay and CountByDay for either backend.  A row with a bad date or quad
// class is Corruption.
Result<std::vector<DayTotals>> QueryTotalsByDay(const EventQuery& q, PlaceholderStyle style,
                                                const RowRunner& run);
Result<std::vector<DayCount>> QueryCountByDay(const EventQuery& q, PlaceholderStyle style,
                                              const RowRunner& run);

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_STORE_COMMON_H_
