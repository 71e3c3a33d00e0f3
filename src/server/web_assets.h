// Copyright 2026 The entente Authors. Apache-2.0.
//
// The dashboard's files (web/), embedded into the library at build time by
// src/server/embed_assets.cmake (the definition is generated into the build tree).
#ifndef ENTENTE_SERVER_WEB_ASSETS_H_
#define ENTENTE_SERVER_WEB_ASSETS_H_

#include <span>
#include <string_view>

namespace entente::server_internal {

struct WebAsset {
  std::string_view path;          // "/dashboard.js"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view body;          // the file's bytes
};

// Every embedded file; static storage, thread-safe.
std::span<const WebAsset> WebAssets();

}  // namespace entente::server_internal

#endif  // ENTENTE_SERVER_WEB_ASSETS_H_
