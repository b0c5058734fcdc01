#pragma once

#include <QString>

namespace Berth::BuildInfo {

// Berth's own version, from the top-level project() call.
[[nodiscard]] QString version();
// "Berth 0.1.0", the line `berth --version` and `berth-cli --version` print.
[[nodiscard]] QString versionLine();
// The yaml-cpp release Berth was built against (yaml-cpp has no runtime version query).
[[nodiscard]] QString yamlCppVersion();

} // namespace Berth::BuildInfo
