// Copyright 2026 The entente Authors. Apache-2.0.
//
// ImportedEvent: one event coded elsewhere (a GDELT or ICEWS row), as the import readers produce
// it (entente/import.h) and the store keeps it (EventStore::PutImportedEvents in entente/store.h).
// A plain value type in the base vocabulary, so that neither the store nor the readers depend on
// each other.
#ifndef ENTENTE_IMPORTED_EVENT_H_
#define ENTENTE_IMPORTED_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "entente/cameo.h"
#include "entente/date.h"

namespace entente {

// What an event from another dataset carries besides who did what to whom.  Stored events coded
// by entente itself have an empty `dataset` and none of these fields.
struct ExternalEventInfo {
  // Which dataset the event comes from: "gdelt" (GDELT 1.0 and 2.0 share one id space),
  // "gdelt-reduced" (GDELT 1.0 reduced extracts, which have no ids), "icews".  Lower-case
  // letters, digits and '-'; the store refuses anything else.
  std::string dataset;
  // The dataset's own event id (GLOBALEVENTID, ICEWS "Event ID").  Where a file carries no ids
  // the reader makes one from the row's content ("h" + 16 hex digits), so importing the same
  // rows again still adds nothing.  (dataset, external_id) is unique in a store.
  std::string external_id;
  std::optional<int32_t> num_mentions;   // GDELT NumMentions; default none
  std::optional<int32_t> num_sources;    // GDELT NumSources; default none
  std::optional<int32_t> num_articles;   // GDELT NumArticles (reduced files: NumArts)
  std::optional<double> avg_tone;        // GDELT AvgTone; default none
  std::string source_url;                // GDELT SOURCEURL; "" when not given
  // Where the event took place, as the dataset names it: GDELT ActionGeo_FullName /
  // ActionGeo_CountryCode (FIPS 10-4) / Lat / Long; ICEWS "City, Province, Country" / Country /
  // Latitude / Longitude.
  std::string geo_name;
  std::string geo_country;
  std::optional<double> geo_lat;
  std::optional<double> geo_lon;
  std::string origin;                    // "file:line" of the row it was read from
};

struct ImportedEvent {
  Date date;
  ActorCode source;            // CAMEO-style actor codes ("RUSGOV"); empty when not given
  ActorCode target;
  std::string source_name;     // the dataset's actor names ("VLADIMIR PUTIN", "Citizen (Japan)")
  std::string target_name;
  EventCode code;              // validated: has a CAMEO root (01..20)
  QuadClass quad = QuadClass::kNone;
  std::optional<double> goldstein;  // GDELT GoldsteinScale, ICEWS Intensity; -10 .. +10
  std::string event_text;      // ICEWS "Event Text" ("Make statement"); "" for GDELT
  ExternalEventInfo info;
};

}  // namespace entente

#endif  // ENTENTE_IMPORTED_EVENT_H_
