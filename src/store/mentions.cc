// Copyright 2026 The entente Authors. Apache-2.0.
//
// Deduplication across outlets (interface in mentions.h; behaviour in include/entente/store.h).
//
// Wording: a sentence becomes the set of its content words — ASCII letters folded to lower case,
// split at anything that is not a letter, digit or non-ASCII byte, one-letter tokens and function
// words dropped, and a crude suffix strip ("-ing", "-ed", "-es", "-s") so that "condemns" and
// "condemned" agree.  Two mentions repeat each other when the shorter set shares at least 60% of
// its words with the other (the overlap coefficient: an outlet that adds a clause to a wire story
// still repeats it); sets under three words must be equal, and a sentence without content words
// (or without a stored sentence) repeats nothing.
//
// Clustering is greedy in a content order (document hash, sentence, offset): each mention is
// compared with the first mention of every cluster so far.  Because the order comes from the
// content, a group regrouped after any sequence of ingests, crashes and resumes ends up the same.
#include "store/mentions.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <tuple>

namespace entente::store_internal {
namespace {

constexpr std::array<std::string_view, 58> kFunctionWords = {
    "a",     "about", "after", "against", "all",  "also",  "an",    "and",  "are",  "as",
    "at",    "be",    "been",  "before",  "but",  "by",    "for",   "from", "had",  "has",
    "have",  "he",    "her",   "his",     "in",   "into",  "is",    "it",   "its",  "of",
    "on",    "or",    "our",   "over",    "she",  "that",  "the",   "their", "them", "they",
    "this",  "those", "to",    "under",   "up",   "was",   "we",    "were", "which", "while",
    "who",   "will",  "with",  "would",   "said", "says",  "say",   "than"};

bool IsFunctionWord(std::string_view w) {
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end();
}

std::string Stem(std::string w) {
  auto strip = [&](std::string_view suffix, size_t min_left) {
    if (w.size() >= suffix.size() + min_left && w.ends_with(suffix)) {
      w.resize(w.size() - suffix.size());
      return true;
    }
    return false;
  };
  if (strip("ing", 3) || strip("ed", 3) || strip("es", 3)) return w;
  if (!w.ends_with("ss")) strip("s", 3);
  return w;
}

std::vector<std::string> ContentWords(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() > 1 && !IsFunctionWord(word)) out.push_back(Stem(std::move(word)));
    word.clear();
  };
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')) {
      word += c;
    } else if (u >= 'A' && u <= 'Z') {
      word += static_cast<char>(u - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool SetsRepeat(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const size_t smaller = std::min(a.size(), b.size());
  if (smaller == 0) return false;  // no words (e.g. no sentence stored): nothing to compare
  if (smaller < 3) return a == b;
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared * 5 >= smaller * 3;  // shared / smaller >= 0.6, in integers
}

std::optional<int64_t> OptInt(const RowAccess& row, int c) {
  return row.Null(c) ? std::nullopt : std::optional<int64_t>(row.Int(c));
}

// The clustering order: by content, so that it does not depend on insertion order.
bool ContentLess(const Mention& x, const Mention& y) {
  return std::tie(x.content_hash, x.sentence, x.start, x.id) <
         std::tie(y.content_hash, y.sentence, y.start, y.id);
}

// What counts as one outlet: the document's source, or the document itself when it names none.
std::string OutletKey(std::string_view outlet, int64_t document) {
  return outlet.empty() ? "\x01" + std::to_string(document) : std::string(outlet);
}

}  // namespace

MentionGroup GroupOf(const Event& e) {
  return MentionGroup{e.date.ToString(), std::string(e.source.str()), std::string(e.target.str()),
                      std::string(e.code.str()), int64_t{static_cast<uint8_t>(e.status)}};
}

std::vector<MentionRow> ClusterMentions(std::vector<Mention> mentions) {
  std::sort(mentions.begin(), mentions.end(), ContentLess);
  struct Cluster {
    size_t first;  // index into mentions
    std::vector<std::string> words;
    std::set<std::string> outlets;
    std::set<int64_t> documents;
    int64_t size = 0;
  };
  std::vector<Cluster> clusters;
  std::vector<size_t> cluster_of(mentions.size());
  // Mentions worded alike (a syndicated story) land where the first of them did, without
  // comparing again: the comparisons would be the same.
  std::map<std::vector<std::string>, size_t> cluster_of_words;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    std::vector<std::string> words = ContentWords(m.text);
    size_t c = 0;
    auto known = words.empty() ? cluster_of_words.end() : cluster_of_words.find(words);
    if (known != cluster_of_words.end()) {
      c = known->second;
    } else {
      while (c < clusters.size() && !SetsRepeat(clusters[c].words, words)) ++c;
      if (!words.empty()) cluster_of_words.emplace(words, c);
    }
    if (c == clusters.size()) clusters.push_back(Cluster{i, std::move(words), {}, {}, 0});
    Cluster& cl = clusters[c];
    cl.outlets.insert(OutletKey(m.outlet, m.document));
    cl.documents.insert(m.document);
    ++cl.size;
    cluster_of[i] = c;
  }
  std::vector<MentionRow> rows(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Cluster& cl = clusters[cluster_of[i]];
    MentionRow& r = rows[i];
    r.id = mentions[i].id;
    if (cl.first == i) {
      r.mentions = cl.size;
      r.sources = static_cast<int64_t>(cl.outlets.size());
      r.articles = static_cast<int64_t>(cl.documents.size());
    } else {
      r.dup_of = mentions[cl.first].id;
    }
  }
  return rows;
}

namespace {

// Statement sizes: SQLite looks numbered parameters up in a list, so a statement's preparation
// grows with the square of its parameters; a few hundred keep it negligible.
constexpr size_t kGroupsPerStatement = 50;  // five parameters each
constexpr size_t kRowsPerStatement = 100;   // five parameters each

// Reads the mentions of `groups` (at most kGroupsPerStatement), adding them to
// (*out)[group]; with `only_undecided`, only those with no dup_of (the distinct events and the
// mentions not grouped yet).  One statement: the groups are a VALUES list joined to the
// (source, target, date, status, quad, goldstein, dup_of) index.
Status ReadGroups(const std::vector<const MentionGroup*>& groups, bool only_undecided,
                  PlaceholderStyle style, const RowRunner& read,
                  std::map<MentionGroup, std::vector<Mention>>* out) {
  if (groups.empty()) return Status::OK();
  SqlParams params(style);
  std::string values;
  for (const MentionGroup* g : groups) {
    if (!values.empty()) values += ", ";
    // PostgreSQL needs the date typed; SQLite stores dates as text.
    std::string date = params.Add(g->date);
    if (style == PlaceholderStyle::kDollar) date = "CAST(" + date + " AS DATE)";
    values += "(" + params.Add(g->source) + ", " + params.Add(g->target) + ", " + date +
              ", CAST(" + params.Add(g->status) + " AS INTEGER), " + params.Add(g->code) + ")";
  }
  std::string sql =
      "WITH t(source, target, date, status, code) AS (VALUES " + values +
      ") SELECT e.id, e.doc, d.content_hash, e.sentence, e.start, COALESCE(s.text, ''), "
      "d.source, e.dup_of, e.num_mentions, e.num_sources, e.num_articles, e.date, e.source, "
      "e.target, e.code, e.status FROM t JOIN events e ON e.source = t.source AND "
      "e.target = t.target AND e.date = t.date AND e.status = t.status AND e.code = t.code "
      "JOIN documents d ON d.id = e.doc "
      "LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence" +
      std::string(only_undecided ? " WHERE e.dup_of IS NULL" : "");
  Status st = read(sql, params, [&](const RowAccess& row) -> Status {
    Mention m;
    m.id = row.Int(0);
    m.document = row.Int(1);
    m.content_hash.assign(row.Text(2));
    m.sentence = static_cast<int32_t>(row.Int(3));
    m.start = static_cast<uint32_t>(row.Int(4));
    m.text.assign(row.Text(5));
    m.outlet.assign(row.Text(6));
    m.dup_of = OptInt(row, 7);
    m.mentions = OptInt(row, 8);
    m.sources = OptInt(row, 9);
    m.articles = OptInt(row, 10);
    MentionGroup g{std::string(row.Text(11)), std::string(row.Text(12)),
                   std::string(row.Text(13)), std::string(row.Text(14)), row.Int(15)};
    (*out)[std::move(g)].push_back(std::move(m));
    return Status::OK();
  });
  if (!st.ok()) return st.WithContext("reading mentions to group");
  return Status::OK();
}

// ReadGroups over any number of groups, kGroupsPerStatement per statement.
Status ReadAllGroups(const std::vector<const MentionGroup*>& groups, bool only_undecided,
                     PlaceholderStyle style, const RowRunner& read,
                     std::map<MentionGroup, std::vector<Mention>>* out) {
  for (size_t first = 0; first < groups.size(); first += kGroupsPerStatement) {
    std::vector<const MentionGroup*> chunk(
        groups.begin() + static_cast<std::ptrdiff_t>(first),
        groups.begin() +
            static_cast<std::ptrdiff_t>(std::min(groups.size(), first + kGroupsPerStatement)));
    ENTENTE_RETURN_IF_ERROR(ReadGroups(chunk, only_undecided, style, read, out));
  }
  return Status::OK();
}

// Writes rows' dup_of and counts: one UPDATE ... FROM a VALUES list per kRowsPerStatement rows
// (SQLite >= 3.33 and PostgreSQL alike; the casts give PostgreSQL the types).
Status WriteRows(const std::vector<MentionRow>& rows, PlaceholderStyle style,
                 const StatementRunner& write) {
  for (size_t first = 0; first < rows.size(); first += kRowsPerStatement) {
    SqlParams up(style);
    auto val = [&](const std::optional<int64_t>& v) -> std::string {
      return "CAST(" + (v ? up.Add(*v) : std::string("NULL")) + " AS BIGINT)";
    };
    std::string values;
    for (size_t i = first; i < std::min(rows.size(), first + kRowsPerStatement); ++i) {
      const MentionRow& r = rows[i];
      if (!values.empty()) values += ", ";
      values += "(" + val(r.id) + ", " + val(r.dup_of) + ", " + val(r.mentions) + ", " +
                val(r.sources) + ", " + val(r.articles) + ")";
    }
    ENTENTE_RETURN_IF_ERROR(write(
        "WITH v(id, dup_of, n, s, a) AS (VALUES " + values +
            ") UPDATE events SET dup_of = v.dup_of, num_mentions = v.n, num_sources = v.s, "
            "num_articles = v.a FROM v WHERE events.id = v.id",
        up));
  }
  return Status::OK();
}

// Recounts the mentions, outlets and documents of the distinct events `leaders` from their stored
// mentions, as ClusterMentions counts them, and writes the counts.
Status Recount(const std::vector<const Mention*>& leaders, PlaceholderStyle style,
               const RowRunner& read, const StatementRunner& write) {
  struct Tally {
    int64_t n = 1;
    std::set<std::string> outlets;
    std::set<int64_t> documents;
  };
  std::map<int64_t, Tally> tally;
  for (const Mention* l : leaders) {
    Tally& t = tally[l->id];
    t.outlets.insert(OutletKey(l->outlet, l->document));
    t.documents.insert(l->document);
  }
  std::vector<MentionRow> rows;
  for (size_t first = 0; first < leaders.size(); first += kRowsPerStatement) {
    SqlParams p(style);
    std::string in;
    for (size_t i = first; i < std::min(leaders.size(), first + kRowsPerStatement); ++i) {
      if (!in.empty()) in += ", ";
      in += "CAST(" + p.Add(leaders[i]->id) + " AS BIGINT)";
    }
    // The partial index on dup_of serves this (its condition is repeated for SQLite).
    ENTENTE_RETURN_IF_ERROR(read(
        "SELECT e.dup_of, e.doc, d.source FROM events e JOIN documents d ON d.id = e.doc "
        "WHERE e.dup_of IS NOT NULL AND e.dup_of IN (" + in + ")",
        p, [&](const RowAccess& row) -> Status {
          Tally& t = tally[row.Int(0)];
          ++t.n;
          t.outlets.insert(OutletKey(row.Text(2), row.Int(1)));
          t.documents.insert(row.Int(1));
          return Status::OK();
        }));
  }
  for (const auto& [id, t] : tally) {
    rows.push_back(MentionRow{id, std::nullopt, t.n, static_cast<int64_t>(t.outlets.size()),
                              static_cast<int64_t>(t.documents.size())});
  }
  return WriteRows(rows, style, write);
}

}  // namespace

Status RegroupMentions(const std::set<MentionGroup>& groups, PlaceholderStyle style,
                       const RowRunner& read, const StatementRunner& write) {
  // Incremental path: read only each group's distinct events and new mentions (dup_of NULL; a
  // new mention has no counts yet) and run the greedy clustering over them in content order.
  // That equals clustering the whole group unless a new mention starts a cluster ahead of an
  // existing distinct event that repeats it (the event would join it) or that has other mentions
  // (they might join it): such groups are read whole and clustered again.  Reads and writes go in
  // few statements for all groups together, so a batch touching thousands of groups costs a
  // handful of round trips.
  std::vector<const MentionGroup*> all;
  for (const MentionGroup& g : groups) all.push_back(&g);
  std::map<MentionGroup, std::vector<Mention>> undecided_by_group;
  ENTENTE_RETURN_IF_ERROR(ReadAllGroups(all, true, style, read, &undecided_by_group));

  std::vector<MentionRow> writes;              // dup_of of joined mentions, whole-group changes
  std::vector<Mention> to_recount;             // distinct events that gained or are new
  std::vector<const MentionGroup*> regroup;    // groups to cluster whole
  for (auto& [group, undecided] : undecided_by_group) {
    std::sort(undecided.begin(), undecided.end(), ContentLess);
    struct Leader {
      size_t index;
      std::vector<std::string> words;
      bool is_new;
    };
    std::vector<Leader> leaders;
    std::vector<std::optional<size_t>> joins(undecided.size());  // index of the leader joined
    bool whole = false, any_new = false, new_leader_so_far = false;
    for (size_t i = 0; i < undecided.size() && !whole; ++i) {
      const Mention& m = undecided[i];
      std::vector<std::string> words = ContentWords(m.text);
      if (m.mentions) {
        // An existing distinct event.  It did not repeat the distinct events before it; it stays
        // one unless it repeats a new one before it.  If it has other mentions, a new distinct
        // event before it may take some of them: cluster the group whole.
        if (new_leader_so_far && *m.mentions > 1) whole = true;
        for (const Leader& l : leaders) {
          if (l.is_new && SetsRepeat(l.words, words)) whole = true;
        }
        leaders.push_back(Leader{i, std::move(words), false});
        continue;
      }
      any_new = true;
      for (const Leader& l : leaders) {
        if (SetsRepeat(l.words, words)) {
          joins[i] = l.index;
          break;
        }
      }
      if (joins[i]) continue;
      new_leader_so_far = true;
      leaders.push_back(Leader{i, std::move(words), true});
    }
    if (!any_new) continue;
    if (whole) {
      regroup.push_back(&group);
      continue;
    }
    std::set<size_t> recount;
    for (size_t i = 0; i < undecided.size(); ++i) {
      const Mention& m = undecided[i];
      if (m.mentions) continue;
      if (joins[i]) {
        writes.push_back(MentionRow{m.id, undecided[*joins[i]].id, {}, {}, {}});
        recount.insert(*joins[i]);
      } else {
        recount.insert(i);
      }
    }
    for (size_t i : recount) to_recount.push_back(undecided[i]);
  }

  std::map<MentionGroup, std::vector<Mention>> whole_groups;
  ENTENTE_RETURN_IF_ERROR(ReadAllGroups(regroup, false, style, read, &whole_groups));
  for (auto& [group, mentions] : whole_groups) {
    std::vector<MentionRow> now;
    now.reserve(mentions.size());
    for (const Mention& m : mentions) {
      now.push_back(MentionRow{m.id, m.dup_of, m.mentions, m.sources, m.articles});
    }
    auto by_id = [](const MentionRow& x, const MentionRow& y) { return x.id < y.id; };
    std::sort(now.begin(), now.end(), by_id);
    std::vector<MentionRow> want = ClusterMentions(std::move(mentions));
    std::sort(want.begin(), want.end(), by_id);
    for (size_t i = 0; i < want.size(); ++i) {
      if (!(want[i] == now[i])) writes.push_back(want[i]);
    }
  }
  // Joined mentions first: the recount reads them.
  ENTENTE_RETURN_IF_ERROR(WriteRows(writes, style, write));
  std::vector<const Mention*> counted;
  for (const Mention& m : to_recount) counted.push_back(&m);
  return Recount(counted, style, read, write);
}

Status GroupStoredMentions(PlaceholderStyle style, const RowRunner& read,
                           const StatementRunner& write) {
  std::set<MentionGroup> groups;
  SqlParams params(style);
  Status st = read(
      "SELECT DISTINCT date, source, target, code, status FROM events WHERE doc IS NOT NULL",
      params, [&](const RowAccess& row) -> Status {
        groups.insert(MentionGroup{std::string(row.Text(0)), std::string(row.Text(1)),
                                   std::string(row.Text(2)), std::string(row.Text(3)), row.Int(4)});
        return Status::OK();
      });
  if (st.ok()) st = RegroupMentions(groups, style, read, write);
  if (!st.ok()) return st.WithContext("grouping the stored mentions (schema migration 4)");
  return Status::OK();
}

}  // namespace entente::store_internal

namespace entente {

bool MentionsRepeat(std::string_view sentence_a, std::string_view sentence_b) {
  return store_internal::SetsRepeat(store_internal::ContentWords(sentence_a),
                                    store_internal::ContentWords(sentence_b));
}

}  // namespace entente
