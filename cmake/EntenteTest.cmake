# Test helpers.  Unit tests live beside the code as src/<stage>/<name>_test.cc; every stage gets
# one GoogleTest binary (entente_<stage>_test) whose cases are registered with ctest and labelled.
#
# Labels: fast (default run), slow, pg (needs a PostgreSQL server), golden, shared (reads ../shared),
# bench.  `ctest -L fast` is the quick loop; .ci/run runs everything it can.
include(GoogleTest)
find_package(GTest REQUIRED)

function(entente_add_stage_tests stage)
  file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${stage}/*_test.cc)
  if(NOT tests)
    return()
  endif()
  set(target entente_${stage}_test)
  add_executable(${target} ${tests})
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_compile_definitions(${target} PRIVATE
    ENTENTE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    ENTENTE_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
  target_link_libraries(${target} PRIVATE entente_${stage} entente_deps GTest::gtest GTest::gtest_main
                        SQLite::SQLite3 fmt::fmt nlohmann_json::nlohmann_json)
  gtest_discover_tests(${target} PROPERTIES LABELS "fast\\;unit\\;${stage}" DISCOVERY_TIMEOUT 60)
endfunction()
