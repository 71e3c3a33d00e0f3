// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal to the store: deduplication across outlets (see "Deduplication" in
// include/entente/store.h).  Mentions of one group (same date, source, target, code, status) are
// clustered by wording (MentionsRepeat) in a fixed order, and the result is written back as
// events.dup_of and the distinct event's counts.  Both backends call RegroupMentions inside the
// transaction that added the mentions, through the same row-reading and statement-running
// callbacks they use for queries, so they group identically.
#ifndef ENTENTE_STORE_MENTIONS_H_
#define ENTENTE_STORE_MENTIONS_H_

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "entente/event.h"
#include "entente/status.h"
#include "store/query_sql.h"
#include "store/store_common.h"

namespace entente::store_internal {

// The group a mention belongs to: mentions can only repeat each other within one group.
struct MentionGroup {
  std::string date;  // "YYYY-MM-DD"
  std::string source, target, code;
  int64_t status = 0;
  auto operator<=>(const MentionGroup&) const = default;
};

MentionGroup GroupOf(const Event& e);

// One stored mention, as RegroupMentions reads it.
struct Mention {
  int64_t id = 0;
  int64_t document = 0;
  std::string content_hash;  // of its document: with sentence and start, the clustering order
  int32_t sentence = 0;
  uint32_t start = 0;
  std::string text;          // its sentence
  std::string outlet;        // the document's source ("" when unknown)
  // As stored now.
  std::optional<int64_t> dup_of;
  std::optional<int64_t> mentions, sources, articles;
};

// What a mention's row should hold.
struct MentionRow {
  int64_t id = 0;
  std::optional<int64_t> dup_of;
  std::optional<int64_t> mentions, sources, articles;
  bool operator==(const MentionRow&) const = default;
};

// Clusters one group's mentions: in (content_hash, sentence, start, id) order each mention joins
// the first earlier cluster whose first mention it repeats (MentionsRepeat), or starts a cluster.
// Returns the row of every mention (in that order).  A document with no outlet counts as an
// outlet of its own.
std::vector<MentionRow> ClusterMentions(std::vector<Mention> mentions);

// Runs a statement that returns no rows.
using StatementRunner = std::function<Status(const std::string& sql, const SqlParams& params)>;

// Re-clusters every group in `groups` from the mentions stored now and updates the rows whose
// dup_of or counts change.
Status RegroupMentions(const std::set<MentionGroup>& groups, PlaceholderStyle style,
                       const RowRunner& read, const StatementRunner& write);

// Groups every coded event already stored (upgrading a store to schema 4, inside the migration's
// transaction).
Status GroupStoredMentions(PlaceholderStyle style, const RowRunner& read,
                           const StatementRunner& write);

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_MENTIONS_H_
